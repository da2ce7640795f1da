/**
 * The requests the LAN receiver fuzz sends (docs/lan.md, Messages), each made again from its seed
 * and number. Every one is bytes written to a socket, so malformed HTTP is as easy to make as a
 * kiosk's request. None of them may store anything: a signed request is always altered in a part
 * its signature covers (or re-signed over a body its schema refuses), and a replay repeats a nonce.
 */
import { randomBytes } from 'node:crypto';
import {
  contactRequestSchema,
  lanHeaders,
  lanPaths,
  pairRequestSchema,
} from '../../electron/core/lan/protocol.ts';
import { sha256Hex, signRequest } from '../../electron/core/lan/request-signature.ts';
import type { SigningKeyPair } from '../../electron/core/keys/ed25519.ts';
import type { LanFuzzMaterial } from './lan-fuzz-setup.ts';
import type { Random } from './random.ts';

import {
  asInput,
  garbageValue,
  flipCharacter,
  type Header,
  type LanInput,
  type Request,
} from './lan-framing.ts';

export type { LanInput } from './lan-framing.ts';

const methods = [
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'PATCH',
  'TRACE',
  'CONNECT',
  'get',
  'PUTT',
  'P\x00T',
];
const signatureHeaders = Object.values(lanHeaders);

/** Makes input number `index`; `recent` holds earlier inputs' bytes, for replays. */
export function makeLanInput(
  random: Random,
  material: LanFuzzMaterial,
  recent: readonly LanInput[],
): LanInput {
  const roll = random.int(100);
  if (roll < 45) return signedInput(random, material);
  if (roll < 70) return randomRequest(random, material);
  if (roll < 80) return rawGarbage(random, material);
  if (roll < 90) return replay(random, material, recent);
  if (roll < 97) return reSigned(random, material);
  return truncatedOrStalled(random, material);
}

/** A kiosk's request, signed as the kiosk signs it, then altered where the signature covers it. */
function signedInput(random: Random, material: LanFuzzMaterial): LanInput {
  const request = validRequest(random, material);
  const kinds: string[] = [];
  const signed = signedParts(request);
  const mutations = 1 + random.int(3);
  for (let i = 0; i < mutations; i++) kinds.push(mutate(random, request, material));
  // Two changes can undo each other (pair → contact → pair): the request must end up altered.
  while (signedParts(request) === signed) kinds.push(mutate(random, request, material));
  return asInput(`signed ${request.method} ${kinds.join('+')}`, request, random);
}

function validRequest(
  random: Random,
  material: LanFuzzMaterial,
  signer = pickSigner(random, material),
): Request {
  const which = random.int(3);
  const [method, path, body] =
    which === 0
      ? ['POST', lanPaths.pair, json({ format: 'kuulluksi-lan-pair', version: 1 })]
      : which === 1
        ? [
            'POST',
            lanPaths.contact,
            json({
              format: 'kuulluksi-lan-contact',
              version: 1,
              waitingBatches: random.int(5),
              appliedSerial: 0,
            }),
          ]
        : ['PUT', `${lanPaths.batchPrefix}${sha256Hex(material.batch)}`, Buffer.from(material.batch)];
  const signed = signRequest(
    signer,
    { method, path, body, receiverKey: material.receiverKey },
    material.now(),
  );
  return {
    method,
    path,
    body,
    chunked: random.chance(0.1),
    headers: [
      ['Content-Type', which === 2 ? 'application/octet-stream' : 'application/json'],
      ...Object.entries(signed),
    ],
  };
}

/** What the request's signature covers, and the signature headers themselves, as one string. */
const signedParts = ({ method, path, body, headers }: Request) =>
  JSON.stringify([
    method,
    path,
    sha256Hex(body),
    headers.filter(([name]) => signatureHeaders.includes(name as never)),
  ]);

const pickSigner = (random: Random, material: LanFuzzMaterial): SigningKeyPair =>
  random.pick([material.paired, material.paired, material.unpaired, material.stranger]);

/** Alters one signed part of `request` in place; returns what it did. */
function mutate(random: Random, request: Request, material: LanFuzzMaterial): string {
  const header = (name: string) => request.headers.find(([key]) => key === name);
  const which = random.int(12);
  if (which === 0 && request.body.length > 0) {
    const at = random.int(request.body.length);
    request.body = Buffer.from(request.body);
    request.body[at]! ^= 1 + random.int(255);
    return 'body-byte';
  }
  if (which === 1 && request.body.length > 0) {
    request.body = request.body.subarray(0, random.int(request.body.length));
    return 'body-cut';
  }
  if (which === 2) {
    // Put before the body, not after: a Content-Length that stops short must not cut it back to the signed one.
    request.body = Buffer.concat([Buffer.from(random.bytes(1 + random.int(64))), request.body]);
    return 'body-prefixed';
  }
  if (which === 3) {
    request.method = random.pick(methods.filter((method) => method !== request.method));
    return 'method';
  }
  if (which === 4) {
    request.path = random.pick([
      `${lanPaths.batchPrefix}${sha256Hex(random.bytes(8))}`,
      `${request.path}/`,
      `${request.path}?x=1`,
      request.path.toUpperCase(),
      request.path.replace('/v1/', '/v2/'),
      request.path === lanPaths.pair ? lanPaths.contact : lanPaths.pair,
      `/${'a'.repeat(random.int(4000))}`,
    ]);
    return 'path';
  }
  const signedHeader = random.pick(signatureHeaders);
  const found = header(signedHeader);
  if (which === 5 || !found) {
    request.headers = request.headers.filter(([key]) => key !== signedHeader);
    return `without-${signedHeader}`;
  }
  if (which === 6) {
    request.headers.push([signedHeader, random.chance(0.5) ? found[1] : garbageValue(random)]);
    return `twice-${signedHeader}`;
  }
  if (which === 7) {
    found[1] = 'x'.repeat(200 + random.int(7000));
    return `overlong-${signedHeader}`;
  }
  if (which === 8 && signedHeader === lanHeaders.time) {
    found[1] = String(material.now() + random.pick([-1, 1]) * (600_001 + random.int(10 ** 9)));
    return 'time-skewed';
  }
  if (which === 9 && signedHeader === lanHeaders.key) {
    found[1] =
      random.pick([material.paired, material.unpaired]).publicKey === found[1]
        ? (found[1] === material.paired.publicKey ? material.unpaired : material.paired).publicKey
        : material.receiverKey;
    return 'key-swapped';
  }
  if (which === 10 && signedHeader === lanHeaders.nonce) {
    found[1] = randomBytes(16).toString('base64url');
    return 'nonce-other';
  }
  found[1] = flipCharacter(random, found[1]);
  return `flipped-${signedHeader}`;
}

/** A JSON message signed properly over a body its schema refuses: the parsing past the signature. */
function reSigned(random: Random, material: LanFuzzMaterial): LanInput {
  const signer = pickSigner(random, material);
  if (random.chance(0.25)) {
    // The batch altered after its name was taken: a signed body whose hash is not the one in the path.
    const body = Buffer.from(material.batch);
    body[random.int(body.length)]! ^= 1 + random.int(255);
    const path = `${lanPaths.batchPrefix}${sha256Hex(material.batch)}`;
    return signedAs('re-signed altered batch', signer, { method: 'PUT', path, body }, material, random);
  }
  const pair = random.chance(0.5);
  const path = pair ? lanPaths.pair : lanPaths.contact;
  const schema = pair ? pairRequestSchema : contactRequestSchema;
  const base = pair
    ? { format: 'kuulluksi-lan-pair', version: 1 }
    : { format: 'kuulluksi-lan-contact', version: 1, waitingBatches: 0, appliedSerial: 0 };
  let body: Buffer = json(base);
  for (let tries = 0; tries < 20 && accepts(schema, body); tries++) body = mutatedJson(random, base);
  if (accepts(schema, body)) body = Buffer.from('{');
  return signedAs('re-signed bad json', signer, { method: 'POST', path, body }, material, random);
}

/** A request signed by `signer` exactly as a kiosk signs it, body and all. */
function signedAs(
  kind: string,
  signer: SigningKeyPair,
  request: { method: string; path: string; body: Buffer },
  material: LanFuzzMaterial,
  random: Random,
): LanInput {
  const headers = signRequest(signer, { ...request, receiverKey: material.receiverKey }, material.now());
  return asInput(kind, { ...request, chunked: random.chance(0.2), headers: Object.entries(headers) }, random);
}

function accepts(schema: typeof pairRequestSchema | typeof contactRequestSchema, body: Buffer): boolean {
  try {
    return schema.safeParse(JSON.parse(body.toString('utf8'))).success;
  } catch {
    return false;
  }
}

function mutatedJson(random: Random, base: Record<string, unknown>): Buffer {
  const value: Record<string, unknown> = { ...base };
  const keys = Object.keys(value);
  const weird = [null, -1, 1.5, '1', [], {}, 2 ** 53, 'x'.repeat(random.int(70_000)), true];
  const which = random.int(5);
  if (which === 0) value[random.pick(keys)] = random.pick(weird);
  else if (which === 1) delete value[random.pick(keys)];
  else if (which === 2) value[`extra${random.int(3)}`] = random.pick(weird);
  else if (which === 3) return json(random.pick(weird));
  else {
    const text = JSON.stringify(value);
    return Buffer.from(
      text.slice(0, random.int(text.length)) + random.pick(['', '}', '"', '\\u0000', '\udc00']),
    );
  }
  return json(value);
}

/** Any method, path, headers and body, framed as HTTP in some way or other. */
function randomRequest(random: Random, material: LanFuzzMaterial): LanInput {
  const headers: Header[] = [];
  for (let i = random.int(6); i > 0; i--) {
    const name = random.chance(0.6)
      ? random.pick([
          ...signatureHeaders,
          'Expect',
          'Connection',
          'Upgrade',
          'Host',
          'Content-Type',
          'Transfer-Encoding',
          'Content-Length',
        ])
      : `X-${random.int(1000)}`;
    headers.push([name, garbageValue(random)]);
  }
  if (random.chance(0.2)) headers.push([lanHeaders.nonce, randomBytes(16).toString('base64url')]);
  const request: Request = {
    method: random.pick(methods),
    path: random.pick([
      lanPaths.hello,
      lanPaths.pair,
      lanPaths.contact,
      `${lanPaths.batchPrefix}${sha256Hex(material.batch)}`,
      '/',
      '*',
      `http://127.0.0.1${lanPaths.hello}`,
      `/kuulluksi/lan/v1/${random.int(100)}`,
      `/${Buffer.from(random.bytes(random.int(100)))
        .toString('latin1')
        .replace(/[\s]/g, '_')}`,
    ]),
    headers,
    body: Buffer.from(random.bytes(random.chance(0.5) ? 0 : random.int(random.chance(0.1) ? 70_000 : 300))),
    chunked: random.chance(0.2),
  };
  return asInput(`random ${request.method}`, request, random);
}

/** Bytes that are barely HTTP: an altered request with bytes of its head changed too, or none at all. */
function rawGarbage(random: Random, material: LanFuzzMaterial): LanInput {
  if (random.chance(0.3)) {
    const bytes = Buffer.from(random.bytes(random.int(2000)));
    return { kind: 'raw random', bytes, nonces: [], stalls: false };
  }
  // Altered where it is signed first, so a changed byte that only hits Host or Content-Type cannot leave it valid.
  const input = signedInput(random, material);
  const bytes = Buffer.from(input.bytes);
  for (let i = 1 + random.int(8); i > 0; i--)
    bytes[random.int(Math.min(bytes.length, 600))]! ^= 1 + random.int(255);
  // A changed byte may have made another nonce of the one sent: the receiver signs over what it read.
  const nonces = [...bytes.toString('latin1').matchAll(/^kuulluksi-nonce[ \t]*:[ \t]*(\S*)[ \t]*\r?$/gim)];
  return { ...input, kind: 'raw mutated head', bytes, nonces: nonces.map((match) => match[1]!) };
}

/** A request sent again byte for byte: one the setup had answered, or an earlier input. */
function replay(random: Random, material: LanFuzzMaterial, recent: readonly LanInput[]): LanInput {
  if (recent.length === 0 || random.chance(0.5)) {
    const { method, path, headers, body } = random.pick(material.accepted);
    return asInput(
      `replay accepted ${method} ${path}`,
      { method, path, headers: Object.entries(headers), body, chunked: false },
      random,
    );
  }
  const earlier = random.pick(recent);
  return { ...earlier, kind: `replay ${earlier.kind}`, stalls: false };
}

/** A request cut short: the client closes its half (answered at once), or stalls (dropped when overdue). */
function truncatedOrStalled(random: Random, material: LanFuzzMaterial): LanInput {
  const input = asInput('cut', validRequest(random, material), random);
  const stalls = random.chance(0.05);
  const headEnd = input.bytes.indexOf('\r\n\r\n');
  const cut = stalls ? random.int(Math.max(1, headEnd)) : random.int(input.bytes.length);
  return {
    ...input,
    kind: stalls ? 'stalled in headers' : 'cut short',
    bytes: input.bytes.subarray(0, cut),
    stalls,
  };
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
