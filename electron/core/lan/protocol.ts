import { z } from 'zod';
import { batchLimits, sha256HexSchema } from '../batch/format.ts';
import { isSigningPublicKey } from '../keys/ed25519.ts';
import { staffKeyFileSchema } from '../keys/staff-public-key-format.ts';

/**
 * The LAN protocol between a kiosk and a staff receiver, version 1, as docs/lan.md describes it.
 * Plain HTTP/1.1: every request a kiosk makes is signed with its kiosk key (request-signature.ts),
 * every reply with the receiver's own key (reply-signature.ts), and a batch is age ciphertext that
 * only the staff key opens. Nothing here names a client or carries a time finer than a batch's own.
 */
export const lanProtocolVersion = 1;
export const lanPathPrefix = '/kuulluksi/lan/v1/';

/** Where each message goes; a batch's path ends in its hash, the idempotency key. */
export const lanPaths = {
  hello: `${lanPathPrefix}hello`,
  pair: `${lanPathPrefix}pair`,
  contact: `${lanPathPrefix}contact`,
  batchPrefix: `${lanPathPrefix}batches/`,
} as const;

export const batchPath = (hash: string) => `${lanPaths.batchPrefix}${hash}`;

/** The port a staff receiver listens on unless staff choose another (IANA unassigned). */
export const defaultLanPort = 4781;

/** The DNS-SD service type a receiver advertises: a hint for the kiosk's list, never trusted. */
export const lanServiceType = 'kuulluksi';

export const lanHeaders = {
  key: 'kuulluksi-key',
  time: 'kuulluksi-time',
  nonce: 'kuulluksi-nonce',
  signature: 'kuulluksi-signature',
} as const;

/**
 * Enforced before any work: a request over a limit is refused or dropped before its signature is
 * checked, its body read past the limit, or anything written. Each is explained in docs/lan.md.
 */
export const lanLimits = {
  /** A batch can be no larger (batch/format.ts); JSON messages are far smaller. */
  maxBatchBytes: batchLimits.maxFileBytes,
  maxJsonBytes: 64 * 1024,
  maxHeaderBytes: 8 * 1024,
  /** Headers must arrive within this; a slow-loris client is dropped. */
  headersTimeoutMs: 10_000,
  /** The whole request, body included: 16 MiB over a slow Wi-Fi link still fits. */
  requestTimeoutMs: 120_000,
  /** An idle kept-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
  maxConnections: 64,
  /** Requests per minute from one network address, counted before anything else. */
  requestsPerAddressPerMinute: 600,
  /** Requests per minute signed by one key, counted once the signature verifies. */
  requestsPerKeyPerMinute: 240,
  /** Kiosks that asked to pair and wait for staff: more are refused until staff decide. */
  maxWaitingPairings: 20,
  /** How far apart the two clocks may be; a request signed outside this is refused. */
  clockSkewMs: 10 * 60_000,
} as const;

const signingKeySchema = z.string().refine(isSigningPublicKey, 'expected a base64url Ed25519 public key');

/** GET hello: who this receiver is, and the staff keys a kiosk paired with it encrypts to. */
export const helloReplySchema = z.strictObject({
  format: z.literal('kuulluksi-lan-hello'),
  version: z.literal(lanProtocolVersion),
  receiverKey: signingKeySchema,
  /** The name staff gave the receiver (e.g. the PC's name), shown on the kiosk: a hint only. */
  name: z.string().max(100),
  staffKeys: z.array(staffKeyFileSchema).min(1).max(16),
});
export type HelloReply = z.infer<typeof helloReplySchema>;

/** POST pair: a kiosk asks to be paired; staff compare fingerprints and approve on their screen. */
export const pairRequestSchema = z.strictObject({
  format: z.literal('kuulluksi-lan-pair'),
  version: z.literal(lanProtocolVersion),
});
export const pairReplySchema = z.strictObject({
  format: z.literal('kuulluksi-lan-pair'),
  version: z.literal(lanProtocolVersion),
  state: z.enum(['waiting', 'paired']),
});
export type PairReply = z.infer<typeof pairReplySchema>;

/** POST contact: a paired kiosk says it is there; the reply carries the newest update for it. */
export const contactRequestSchema = z.strictObject({
  format: z.literal('kuulluksi-lan-contact'),
  version: z.literal(lanProtocolVersion),
  /** Batches sealed and not yet delivered anywhere: shown in the staff tool's Kiosks section. */
  waitingBatches: z.int().min(0),
  /** The newest update serial the kiosk applied, so the receiver sends nothing older. */
  appliedSerial: z.int().min(0),
});
export type ContactRequest = z.infer<typeof contactRequestSchema>;

export const contactReplySchema = z.strictObject({
  format: z.literal('kuulluksi-lan-contact'),
  version: z.literal(lanProtocolVersion),
  /**
   * The newest update envelope for the kiosk, or null. Left unparsed here: update-envelope.ts
   * checks it field by field, so a refusal names exactly what was wrong.
   */
  update: z.unknown(),
});
export type ContactReply = z.infer<typeof contactReplySchema>;

/** PUT batches/HASH: the reply once the batch is durably in the inbox (or was there already). */
export const deliveredReplySchema = z.strictObject({
  format: z.literal('kuulluksi-lan-delivered'),
  version: z.literal(lanProtocolVersion),
  hash: sha256HexSchema,
});
export type DeliveredReply = z.infer<typeof deliveredReplySchema>;

/** Every refusal: a reason worded for a person, and a code a program can act on. */
export const lanRefusalCodes = [
  'bad-request',
  'not-paired',
  'waiting-for-staff',
  'bad-signature',
  'clock-skew',
  'replayed',
  'too-large',
  'too-many-requests',
  'hash-mismatch',
  'full',
  'not-found',
] as const;
export type LanRefusalCode = (typeof lanRefusalCodes)[number];

export const refusalReplySchema = z.strictObject({
  format: z.literal('kuulluksi-lan-refusal'),
  version: z.literal(lanProtocolVersion),
  code: z.enum(lanRefusalCodes),
  reason: z.string().max(500),
});
export type RefusalReply = z.infer<typeof refusalReplySchema>;
