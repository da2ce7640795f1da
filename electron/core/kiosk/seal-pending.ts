import type { Database } from 'better-sqlite3';
import type { KioskSettings } from '../../../shared/kiosk-settings.ts';
import type { Language } from '../../../shared/languages.ts';
import {
  batchFileName,
  batchFormat,
  batchFormatVersion,
  batchLimits,
  batchResponseSchema,
  type BatchResponse,
  type CurrentBatchBody,
  type KioskNotice,
} from '../batch/format.ts';
import { sealBatch } from '../batch/seal.ts';
import { AppError } from '../errors.ts';
import { createAnswerPool } from './answers/answer-pool.ts';
import type { KioskIdentity } from './identity.ts';
import { endedSlotCondition } from './lan/time-slots.ts';
import { staffRecipients } from './pairing.ts';
import { sealedQuestion } from './sealed-question.ts';
import { readKioskSettings } from './settings.ts';
import { shuffleWithinSlots } from './shuffle-within-slots.ts';

type TimeGranularity = KioskSettings['timeGranularity'];

type ResponseRow = {
  id: string;
  question_id: string;
  question_version: number;
  value: number;
  day: string;
  day_part: string;
  hour: number | null;
  comment: string | null;
  follow_up: string | null;
  repeat: number;
  language: Language | null;
};

/**
 * Seals pending responses into encrypted, signed, chained batches kept in the kiosk database
 * until written out. Only ciphertext is kept: the kiosk cannot read a batch once it is sealed.
 * With `endedSlotsAt`, only answers whose time slot has ended by then are sealed (for the LAN,
 * lan/time-slots.ts); the rest stay pending. Returns how many batches were sealed.
 */
export async function sealPendingResponses(
  db: Database,
  identity: KioskIdentity,
  maxResponses: number = batchLimits.maxResponses,
  endedSlotsAt: Date | null = null,
): Promise<number> {
  const recipients = staffRecipients(db);
  if (recipients.length === 0) {
    throw new AppError(
      'not_ready',
      'This kiosk is not paired with a staff key yet: run "kuulluksi kiosk pair" first.',
    );
  }
  let sealed = 0;
  for (;;) {
    const outcome = await sealNextBatch(db, identity, recipients, maxResponses, endedSlotsAt);
    if (outcome === 'nothing-pending') return sealed;
    // An amended batch was dropped and is sealed again, addition included. Each answer takes
    // one chip and one comment, so this ends.
    if (outcome === 'sealed') sealed++;
  }
}

/**
 * One batch of the pending answers. `amended`: a client added a chip or words to one of them
 * while the batch was encrypted, so the batch no longer says what the kiosk holds; nothing was
 * kept, and the answers are still pending.
 */
async function sealNextBatch(
  db: Database,
  identity: KioskIdentity,
  recipients: string[],
  maxResponses: number,
  endedSlotsAt: Date | null,
): Promise<'sealed' | 'amended' | 'nothing-pending'> {
  const { timeGranularity, centreName } = readKioskSettings(db);
  const ended = endedSlotsAt ? endedSlotCondition(endedSlotsAt, timeGranularity) : { sql: '1', params: {} };
  const rows = db
    .prepare<[Record<string, unknown>], ResponseRow>(
      `SELECT id, question_id, question_version, value, day, day_part, hour, comment, follow_up, repeat, language
       FROM responses WHERE batch_seq IS NULL AND ${ended.sql} LIMIT @limit`,
    )
    .all({ ...ended.params, limit: maxResponses });
  if (rows.length === 0) return 'nothing-pending';

  const previous = latestBatch(db);
  const seq = (previous?.seq ?? 0) + 1;
  const responses = rows.map((row) => responseFromRow(row, timeGranularity));
  const body: CurrentBatchBody = {
    format: batchFormat,
    version: batchFormatVersion,
    timeGranularity,
    centre: centreName,
    kioskId: identity.kioskId,
    kioskKey: identity.keys.publicKey,
    seq,
    prevHash: previous?.hash ?? null,
    recipients,
    questions: questionsUsedBy(db, responses),
    responses: shuffleWithinSlots(responses),
    notices: unreportedNotices(db),
  };
  const { hash, ciphertext } = await sealBatch(body, identity.keys);
  const sealedIds = rows.map((row) => row.id);
  const ids = JSON.stringify(sealedIds);

  return db.transaction(() => {
    // Sealing awaited encryption; if another export sealed meanwhile, this batch must not be kept.
    if ((latestBatch(db)?.seq ?? 0) !== seq - 1) {
      throw new AppError('conflict', 'Another export ran at the same time. Run the export again.');
    }
    if (wasAmended(db, rows, ids)) return 'amended';
    db.prepare(
      'INSERT INTO batches (seq, hash, file_name, ciphertext, response_count) VALUES (?, ?, ?, ?, ?)',
    ).run(seq, hash, batchFileName(identity.kioskId, seq), ciphertext, responses.length);
    db.prepare('UPDATE store_events SET batch_seq = ? WHERE batch_seq IS NULL').run(seq);
    // One statement claims them all; an answer no longer pending (claimed or removed meanwhile)
    // makes the count fall short, and the whole batch is dropped.
    const claimed = createAnswerPool(db).claim(sealedIds, seq);
    if (claimed !== responses.length) {
      throw new AppError('conflict', 'Another export ran at the same time. Run the export again.');
    }
    return 'sealed';
  })();
}

/** Whether any of the sealed answers (`ids`, as JSON) has gained a chip or a comment since it was read. */
function wasAmended(db: Database, sealed: readonly ResponseRow[], ids: string): boolean {
  const now = new Map(
    db
      .prepare<[string], Pick<ResponseRow, 'id' | 'comment' | 'follow_up'>>(
        'SELECT id, comment, follow_up FROM responses WHERE batch_seq IS NULL AND id IN (SELECT value FROM json_each(?))',
      )
      .all(ids)
      .map((row) => [row.id, row]),
  );
  return sealed.some((row) => {
    const current = now.get(row.id);
    return current !== undefined && (current.comment !== row.comment || current.follow_up !== row.follow_up);
  });
}

function unreportedNotices(db: Database): KioskNotice[] {
  return db
    .prepare<[], KioskNotice>('SELECT kind, day FROM store_events WHERE batch_seq IS NULL ORDER BY id')
    .all();
}

function latestBatch(db: Database): { seq: number; hash: string } | undefined {
  return db
    .prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM batches ORDER BY seq DESC LIMIT 1')
    .get();
}

/**
 * An answer as the batch carries it. The batch declares the time setting in force when it is
 * sealed, so an hour kept from before reception switched to day-parts is dropped here: the kiosk
 * now promises day-parts, and staff refuse a batch with a finer time than it declares.
 */
function responseFromRow(row: ResponseRow, timeGranularity: TimeGranularity): BatchResponse {
  return batchResponseSchema.parse({
    id: row.id,
    questionId: row.question_id,
    questionVersion: row.question_version,
    value: row.value,
    day: row.day,
    dayPart: row.day_part,
    hour: timeGranularity === 'hour' ? row.hour : null,
    comment: row.comment,
    followUp: row.follow_up,
    repeat: row.repeat === 1,
    language: row.language,
  });
}

function questionsUsedBy(db: Database, responses: BatchResponse[]) {
  const keys = new Set(responses.map((r) => JSON.stringify([r.questionId, r.questionVersion])));
  return [...keys].map((key) => {
    const [id, version] = JSON.parse(key) as [string, number];
    return sealedQuestion(db, id, version)!;
  });
}
