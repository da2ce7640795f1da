import { isValueOnScale } from '../../../shared/scales.ts';
import { fingerprint } from '../keys/fingerprint.ts';
import { describeIssues } from '../schema-errors.ts';
import { AgeDecryptionError, decryptWith } from './age.ts';
import { BatchRejection } from './batch-rejection.ts';
import { checkAgeHeader } from './header-check.ts';
import { batchFileSchema, batchFormatVersion, batchLimits, type BatchBody } from './format.ts';
import { verifiedHash } from './signature.ts';

export type StaffAgeKey = { identity: string; recipient: string };
export type OpenedBatch = { body: BatchBody; hash: string };

/**
 * Everything the staff side checks before it believes a batch, cheapest first: size and age
 * header before any crypto, then decryption, the schema, the kiosk's signature (age proves
 * nothing about who wrote a file), and that it was addressed to this staff key. Throws a
 * BatchRejection naming the kind of problem and the reason.
 */
export async function openBatch(bytes: Uint8Array, staffKey: StaffAgeKey): Promise<OpenedBatch> {
  if (bytes.length > batchLimits.maxFileBytes) {
    throw new BatchRejection(
      'not-a-batch',
      `it is larger than a batch can be (at most ${batchLimits.maxFileBytes} bytes)`,
    );
  }
  const headerProblem = checkAgeHeader(bytes);
  if (headerProblem) throw new BatchRejection('not-a-batch', headerProblem);

  const decrypted = await decrypt(bytes, staffKey.identity);

  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(decrypted));
  } catch {
    throw new BatchRejection('not-a-batch', 'its content is not JSON, so it is not a Kuulluksi batch');
  }
  const version = (json as { body?: { version?: unknown } } | null)?.body?.version;
  if (typeof version === 'number' && version > batchFormatVersion) {
    throw new BatchRejection(
      'newer-format',
      `it uses batch format ${version}; this Kuulluksi reads up to ${batchFormatVersion}, update it to import`,
    );
  }
  const parsed = batchFileSchema.safeParse(json);
  if (!parsed.success)
    throw new BatchRejection(
      'not-a-batch',
      `it is not a valid Kuulluksi batch (${describeIssues(parsed.error)})`,
    );
  const { body } = parsed.data;

  if (fingerprint(body.kioskKey) !== body.kioskId) {
    throw new BatchRejection('altered', `its kiosk id ${body.kioskId} does not belong to the key it carries`);
  }
  const hash = verifiedHash(parsed.data);
  if (hash === null) {
    throw new BatchRejection(
      'altered',
      `its signature does not verify: it was altered, or not made by kiosk ${body.kioskId}`,
    );
  }
  if (!body.recipients.includes(staffKey.recipient)) {
    throw new BatchRejection('other-staff-key', 'the kiosk did not address it to this staff key');
  }
  assertResponsesMatchQuestions(body);
  assertNoFinerTimeThanDeclared(body);
  return { body, hash };
}

/**
 * Decrypts, or says which of two things staff can act on went wrong: a file made for another
 * staff key (take it to the computer that holds that key) is told apart from a damaged one (copy
 * it again). age authenticates everything after the stanza that opens, so once a stanza opens
 * with this key, any failure after it is damage, as is a header age cannot read; a stanza damaged
 * in its own bytes opens with no key, the one case where the two cannot be told apart.
 */
async function decrypt(bytes: Uint8Array, identity: string): Promise<Uint8Array> {
  try {
    return await decryptWith(identity, bytes);
  } catch (error) {
    if (!(error instanceof AgeDecryptionError)) throw error;
    if (error.failure === 'no-stanza-opens')
      throw new BatchRejection(
        'other-staff-key',
        'none of its recipients is this staff key: it was made for another staff key, or it is damaged at its very start',
      );
    const detail = error.cause instanceof Error ? error.cause.message : String(error.cause);
    throw new BatchRejection(
      'damaged',
      `it is damaged or incomplete (age: ${detail}): copy it again from the kiosk's stick`,
    );
  }
}

/** Signed by its kiosk, yet not a batch a kiosk of ours makes. */
const malformed = (reason: string) => new BatchRejection('not-a-batch', reason);

function assertResponsesMatchQuestions(body: BatchBody): void {
  const scales = new Map(body.questions.map((q) => [`${q.id}@${q.version}`, q.scale]));
  if (scales.size !== body.questions.length) throw malformed('it describes the same question version twice');
  const ids = new Set<string>();
  for (const response of body.responses) {
    const scale = scales.get(`${response.questionId}@${response.questionVersion}`);
    if (!scale)
      throw malformed(
        `a response refers to question ${response.questionId} v${response.questionVersion}, which the batch does not describe`,
      );
    if (!isValueOnScale(scale, response.value))
      throw malformed(`a response holds ${response.value}, which is not on the ${scale} scale`);
    if (ids.has(response.id)) throw malformed('it holds the same response twice');
    ids.add(response.id);
  }
}

/**
 * A kiosk set to day-parts promises its clients that no one learns the hour they answered in;
 * a batch from it that carries hours anyway (a faulty or altered kiosk) is refused whole, so the
 * archive never holds a time finer than was promised. A version 1 batch does not say how its
 * kiosk was set, and is read as it always was.
 */
function assertNoFinerTimeThanDeclared(body: BatchBody): void {
  if (body.version === 1 || body.timeGranularity === 'hour') return;
  const withHour = body.responses.filter((response) => response.hour !== null).length;
  if (withHour > 0)
    throw new BatchRejection(
      'finer-time',
      `its kiosk keeps time by ${body.timeGranularity}, yet ${withHour} of its ${body.responses.length} responses carry an hour`,
    );
}
