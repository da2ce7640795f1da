import { Encrypter } from 'age-encryption';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchFileSchema, type BatchBody, type BatchFile } from '../../electron/core/batch/format.ts';
import { signBatch } from '../../electron/core/batch/signature.ts';
import type { SigningKeyPair } from '../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../electron/core/keys/fingerprint.ts';
import type { StaffIdentity } from '../../electron/core/staff/keys/staff-identity.ts';
import { parseSecretKeyText } from '../../electron/core/staff/keys/secret-keys-format.ts';
import { projectRoot } from '../helpers/project.ts';
import type { Random } from './random.ts';

/**
 * Inputs for fuzzing the batch importer, made from the batch-v1 test vectors: real batch files
 * damaged at the byte level and in the age header (most are refused before any crypto), and
 * JSON of every shape inside valid age files, signed by the vectors' kiosk, by a stranger, or
 * not at all (these reach the schema, the signature and the store). Every input is a function of
 * its Random alone, so it can be made again.
 */

export type FuzzCorpus = {
  files: Buffer[];
  plaintexts: BatchFile[];
  staff: StaffIdentity;
  kioskKeys: SigningKeyPair;
};
export type FuzzInput = { kind: string; bytes: Uint8Array };

const vectors = join(projectRoot, 'tests', 'fixtures', 'batch-v1');

export async function loadCorpus(): Promise<FuzzCorpus> {
  const expected = JSON.parse(readFileSync(join(vectors, 'expected.json'), 'utf8')) as {
    batches: { file: string; plaintext: string }[];
  };
  const kiosk = JSON.parse(readFileSync(join(vectors, 'kiosk-key.json'), 'utf8')) as SigningKeyPair;
  return {
    files: expected.batches.map((vector) => readFileSync(join(vectors, vector.file))),
    plaintexts: expected.batches.map((vector) =>
      batchFileSchema.parse(JSON.parse(readFileSync(join(vectors, vector.plaintext), 'utf8'))),
    ),
    // The manager's key: its stanza comes first in the vectors, so a decryption tries one X25519 share, not two.
    staff: await parseSecretKeyText(
      readFileSync(join(vectors, 'staff-manager.keys'), 'utf8'),
      'the vectors’ staff keys',
    ),
    kioskKeys: { publicKey: kiosk.publicKey, privateKey: kiosk.privateKey },
  };
}

type Mutation = (random: Random, corpus: FuzzCorpus) => Uint8Array | Promise<Uint8Array>;

/** Kinds and their weights: mostly structure (cheap, refused early), a fair share of JSON in valid age. */
const mutations: [kind: string, weight: number, mutate: Mutation][] = [
  ['byte-flip', 14, (r, c) => flipBytes(r, r.pick(c.files))],
  ['byte-insert', 6, (r, c) => insertBytes(r, r.pick(c.files))],
  ['byte-delete', 6, (r, c) => deleteBytes(r, r.pick(c.files))],
  [
    'truncate',
    6,
    (r, c) => {
      const file = r.pick(c.files);
      return file.subarray(0, r.int(file.length));
    },
  ],
  ['splice', 3, (r, c) => spliceHeaderAndPayload(r, c.files)],
  ['header-line', 18, (r, c) => mutateHeaderLines(r, r.pick(c.files))],
  ['stanza-blowup', 6, (r, c) => blowUpStanzas(r, r.pick(c.files))],
  ['random-bytes', 3, (r) => randomBytes(r)],
  [
    'json-in-age',
    22,
    (r, c) =>
      encryptToStaff(c, signSomehow(r, c, mutateJson(r, structuredClone(r.pick(c.plaintexts))) as BatchFile)),
  ],
  ['fresh-batch', 10, (r, c) => encryptToStaff(c, signSomehow(r, c, freshBatch(r, c)))],
  ['text-in-age', 6, (r, c) => encryptToStaff(c, oddPlaintext(r, c))],
];
const totalWeight = mutations.reduce((sum, [, weight]) => sum + weight, 0);

export async function makeInput(random: Random, corpus: FuzzCorpus): Promise<FuzzInput> {
  let roll = random.int(totalWeight);
  for (const [kind, weight, mutate] of mutations) {
    if (roll < weight) return { kind, bytes: await mutate(random, corpus) };
    roll -= weight;
  }
  throw new Error('unreachable');
}

// ---- bytes

/** Flips a few bits, mostly in the header, where a batch's structure is. */
function flipBytes(random: Random, file: Buffer): Uint8Array {
  const copy = Buffer.from(file);
  const headerEnd = headerLength(copy);
  for (let n = 1 + random.int(8); n > 0; n--) {
    const at = random.chance(0.7) ? random.int(headerEnd) : random.int(copy.length);
    copy[at] = copy[at]! ^ (1 << random.int(8));
  }
  return copy;
}

function insertBytes(random: Random, file: Buffer): Uint8Array {
  const at = random.int(file.length + 1);
  return Buffer.concat([file.subarray(0, at), random.bytes(1 + random.int(64)), file.subarray(at)]);
}

function deleteBytes(random: Random, file: Buffer): Uint8Array {
  const at = random.int(file.length);
  return Buffer.concat([file.subarray(0, at), file.subarray(at + 1 + random.int(256))]);
}

function spliceHeaderAndPayload(random: Random, files: Buffer[]): Uint8Array {
  const [a, b] = [random.pick(files), random.pick(files)];
  return Buffer.concat([a.subarray(0, headerLength(a)), b.subarray(headerLength(b))]);
}

function randomBytes(random: Random): Uint8Array {
  const noise = random.bytes(random.int(4096));
  return random.chance(0.5) ? Buffer.concat([Buffer.from('age-encryption.org/v1\n'), noise]) : noise;
}

// ---- the age header, line by line

function headerLength(file: Buffer): number {
  const mac = file.indexOf('\n---');
  return mac === -1 ? file.length : file.indexOf('\n', mac + 1) + 1 || file.length;
}

function splitHeader(file: Buffer): { lines: string[]; payload: Buffer } {
  const end = headerLength(file);
  return {
    lines: file
      .subarray(0, end - 1)
      .toString('latin1')
      .split('\n'),
    payload: file.subarray(end),
  };
}

const joinHeader = (lines: string[], payload: Buffer) =>
  Buffer.concat([Buffer.from(lines.join('\n') + '\n', 'latin1'), payload]);

/** Each stanza as [first line, last line] indexes: its `-> ` line and its body lines. */
function stanzaRanges(lines: string[]): [number, number][] {
  const ranges: [number, number][] = [];
  lines.forEach((line, index) => {
    if (line.startsWith('-> ')) ranges.push([index, index]);
    else if (ranges.length > 0 && !line.startsWith('---')) ranges.at(-1)![1] = index;
  });
  return ranges;
}

const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Text = (random: Random, length: number) =>
  Array.from({ length }, () => random.pick([...base64Chars])).join('');

function mutateHeaderLines(random: Random, file: Buffer): Uint8Array {
  const { lines, payload } = splitHeader(file);
  const stanzas = stanzaRanges(lines);
  const [first, last] = random.pick(stanzas);
  const pickLine = () => random.int(lines.length);
  switch (random.int(11)) {
    case 0: // another recipient type, or more arguments
      lines[first] =
        `-> ${random.pick(['X25519', 'x25519', 'scrypt', 'mlkem768x25519', 'ssh-ed25519', '', 'grease-' + base64Text(random, 5)])} ${lines[first]!.split(' ').slice(2).join(' ')}${random.chance(0.3) ? ' extra' : ''}`;
      break;
    case 1: // a passphrase stanza with a huge work factor: must not make the importer run scrypt
      lines.splice(
        first,
        last - first + 1,
        `-> scrypt ${base64Text(random, 22)} ${random.pick(['18', '22', '40', '0', '-1', '99999999999'])}`,
        base64Text(random, 43),
      );
      break;
    case 2: // a body line changed, lengthened or emptied
      lines[last] = random.pick([
        base64Text(random, lines[last]!.length),
        base64Text(random, 49 + random.int(100)),
        '',
        lines[last]! + '=',
      ]);
      break;
    case 3:
      lines[0] = random.pick([
        'age-encryption.org/v2',
        'age-encryption.org/v1 ',
        'AGE-ENCRYPTION.ORG/V1',
        '',
      ]);
      break;
    case 4: // the MAC line
      lines[lines.length - 1] = random.pick([
        '---',
        `--- ${base64Text(random, 43)}`,
        `--- ${base64Text(random, 42)}`,
        `--- ${base64Text(random, 44)}`,
        '---  ',
        `---${base64Text(random, 43)}`,
      ]);
      break;
    case 5:
      lines.splice(pickLine(), 1);
      break;
    case 6: // a long line
      lines.splice(
        1 + random.int(lines.length - 1),
        0,
        random.pick(['-> ', '']) + base64Text(random, random.pick([100, 5000, 17_000, 70_000])),
      );
      break;
    case 7: // bytes that are not text
      lines.splice(
        1 + random.int(lines.length - 1),
        0,
        Buffer.from(random.bytes(1 + random.int(40)))
          .toString('latin1')
          .replaceAll('\n', ''),
      );
      break;
    case 8: // stanzas swapped
      if (stanzas.length > 1) {
        const [a, b] = [stanzas[0]!, stanzas[1]!];
        lines.splice(a[0], b[1] - a[0] + 1, ...lines.slice(b[0], b[1] + 1), ...lines.slice(a[0], a[1] + 1));
      }
      break;
    case 9:
      lines.splice(first, last - first + 1);
      break;
    default: // an empty line
      lines.splice(1 + random.int(lines.length - 1), 0, '');
  }
  return joinHeader(lines, payload);
}

/** Many stanzas, or stanzas with long bodies: the caps on header size and stanza count. */
function blowUpStanzas(random: Random, file: Buffer): Uint8Array {
  const { lines, payload } = splitHeader(file);
  const [first, last] = random.pick(stanzaRanges(lines));
  const stanza = lines.slice(first, last + 1);
  if (random.chance(0.6)) {
    const copies = random.pick([1, 14, 15, 16, 17, 100, 1000, 5000]);
    lines.splice(first, 0, ...Array.from({ length: copies }, () => stanza).flat());
  } else {
    const bodyLines = Array.from({ length: random.pick([2, 50, 300, 2000]) }, () => base64Text(random, 64));
    lines.splice(last, 0, ...bodyLines);
  }
  return joinHeader(lines, payload);
}

// ---- plaintexts inside valid age files

async function encryptToStaff(corpus: FuzzCorpus, plaintext: string | Uint8Array): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(corpus.staff.ageRecipient);
  return encrypter.encrypt(plaintext);
}

/** The kiosk's own signature, a stranger's (a consistent new kiosk), or whatever signature it had. */
function signSomehow(random: Random, corpus: FuzzCorpus, file: BatchFile): string {
  const roll = random.next();
  const body = file?.body as unknown;
  if (roll < 0.4 || typeof body !== 'object' || body === null) return JSON.stringify(file);
  try {
    if (roll < 0.8) return JSON.stringify(signBatch(file.body, corpus.kioskKeys));
    const stranger = seededKeyPair(random);
    const claimed = { ...file.body, kioskKey: stranger.publicKey, kioskId: fingerprint(stranger.publicKey) };
    return JSON.stringify(signBatch(claimed, stranger));
  } catch {
    // A body canonicalize cannot write stays as it was, with whatever signature it had.
    return JSON.stringify(file);
  }
}

function seededKeyPair(random: Random): SigningKeyPair {
  const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), random.bytes(32)]);
  const jwk = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' });
  return { publicKey: jwk.x!, privateKey: jwk.d! };
}

function uuid(random: Random): string {
  const hex = Buffer.from(random.bytes(16)).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[random.int(4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A batch that may well be valid: new answers, another number, a chain that may or may not hold. */
function freshBatch(random: Random, corpus: FuzzCorpus): BatchFile {
  const template = random.pick(corpus.plaintexts);
  const question = template.body.questions[0]!;
  const responses = Array.from({ length: 1 + random.int(20) }, () => ({
    ...random.pick(template.body.responses),
    id: uuid(random),
    value: random.pick([1, 2, 3, 4, 5, 0, 6]),
    followUp: null,
  }));
  const prevHash = random.pick([null, template.body.prevHash, Buffer.from(random.bytes(32)).toString('hex')]);
  return {
    signature: template.signature,
    // A template's own version, with a question and answers of that same template.
    body: {
      ...template.body,
      questions: [question],
      seq: 1 + random.int(40),
      prevHash,
      responses,
    } as BatchBody,
  };
}

function oddPlaintext(random: Random, corpus: FuzzCorpus): string | Uint8Array {
  const text = JSON.stringify(random.pick(corpus.plaintexts));
  switch (random.int(7)) {
    case 0:
      return random.bytes(random.int(2048));
    case 1:
      return Buffer.concat([Buffer.from(text.slice(0, 200)), Buffer.from([0xff, 0xfe, 0xc3])]);
    case 2:
      return '['.repeat(random.pick([10, 1000, 100_000])) + ']'.repeat(random.int(2) * 10);
    case 3:
      return random.pick([
        '',
        'null',
        '[]',
        '{}',
        '"x"',
        '1e999',
        '{"body":null}',
        '{"body":{"version":2}}',
        '{"body":{"version":1e308}}',
      ]);
    case 4:
      return text.slice(0, random.int(text.length));
    case 5:
      return '\ufeff' + text;
    default:
      return text + random.pick([' ', '\n', '{}', 'x']);
  }
}

/** One to three changes anywhere in the JSON tree: removed, added or replaced fields, odd values. */
function mutateJson(random: Random, root: unknown): unknown {
  let result = root;
  for (let n = 1 + random.int(3); n > 0; n--) result = mutateAt(random, result, 0);
  return result;
}

function mutateAt(random: Random, value: unknown, depth: number): unknown {
  const isContainer = typeof value === 'object' && value !== null;
  if (isContainer && depth < 8 && random.chance(0.75)) {
    const keys = Object.keys(value);
    if (keys.length > 0) {
      const key = random.pick(keys);
      const record = value as Record<string, unknown>;
      if (random.chance(0.15)) {
        if (Array.isArray(value)) value.splice(Number(key), 1);
        else delete record[key];
      } else if (random.chance(0.1) && !Array.isArray(value)) {
        record[`extra${random.int(10)}`] = randomJson(random, 0);
      } else {
        record[key] = mutateAt(random, record[key], depth + 1);
      }
      return value;
    }
  }
  return replaceValue(random, value);
}

function replaceValue(random: Random, value: unknown): unknown {
  if (typeof value === 'number' && random.chance(0.5)) {
    return random.pick([value + 1, value - 1, 0, -1, 0.5, 2 ** 53, -(2 ** 31), 1e308, 101, -101, 24]);
  }
  if (typeof value === 'string' && random.chance(0.5)) {
    return random.pick([
      '',
      value + value,
      value.toUpperCase(),
      value.slice(1),
      'x'.repeat(501),
      '2026-02-30',
      '\u0000',
      '[•••]',
      value.replace(/./, '-'),
    ]);
  }
  if (Array.isArray(value) && random.chance(0.5)) {
    return random.pick([
      [],
      [...value, ...value],
      Array.from({ length: random.pick([17, 101, 10_001]) }, () => value[0] ?? null),
    ]);
  }
  return randomJson(random, 0);
}

function randomJson(random: Random, depth: number): unknown {
  switch (random.int(depth > 3 ? 4 : 6)) {
    case 0:
      return null;
    case 1:
      return random.chance(0.5);
    case 2:
      return random.pick([0, 1, -1, 3.14, 1e21, 5, 100]);
    case 3:
      return random.pick(['', 'a', 'visit-today', 'age1', uuid(random), 'ä'.repeat(random.int(20))]);
    case 4:
      return Array.from({ length: random.int(4) }, () => randomJson(random, depth + 1));
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(4) }, (_, i) => [`k${i}`, randomJson(random, depth + 1)]),
      );
  }
}
