import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Clock } from '../../clock.ts';
import type { SigningKeyPair } from '../../keys/ed25519.ts';
import { lanHeaders, lanLimits, refusalReplySchema, type LanRefusalCode } from '../../lan/protocol.ts';
import { isReplyFrom } from '../../lan/reply-signature.ts';
import { signRequest } from '../../lan/request-signature.ts';
import { updateLimits } from '../../lan/update-envelope.ts';
import { describeIssues } from '../../schema-errors.ts';
import { exchange, type ExchangeOutcome } from './http-exchange.ts';
import type { LanAddress } from './lan-address.ts';

/** What one request to a staff PC came to. Nothing but `replied` and `refused` was said by the paired receiver. */
export type LanReply<T> =
  | { kind: 'replied'; value: T; signedBy: string }
  | { kind: 'refused'; code: LanRefusalCode; reason: string }
  | { kind: 'unreachable'; reason: string }
  /** Signed, and well, but by another key than the one paired with: the alarm. */
  | { kind: 'key-changed'; receiverKey: string }
  /** Whatever answered did not prove itself a Kuulluksi receiver. */
  | { kind: 'not-a-receiver'; reason: string };

export type LanCall<S extends z.ZodType> = {
  address: LanAddress;
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** JSON, or a batch file byte for byte; GET has none. */
  body?: { bytes: Uint8Array; type: 'application/json' | 'application/octet-stream' };
  /**
   * The receiver key paired with (or, for `pair`, the one people were shown): requests are signed
   * for it and only replies it signed are believed. Null for `hello`, which is not signed and
   * learns the key, and whose reply must be signed by the key it names.
   */
  receiverKey: string | null;
  replySchema: S;
};

export type LanClientOptions = {
  keys: SigningKeyPair;
  clock: Clock;
  /** The whole of a JSON exchange, and of a batch upload (a 16 MiB batch over slow Wi-Fi). */
  timeouts?: { jsonMs: number; batchMs: number };
};

/** Every reply is smaller: an update envelope with room for the message around it. */
export const maxReplyBytes = updateLimits.maxBytes + lanLimits.maxJsonBytes;

const defaultTimeouts = { jsonMs: 30_000, batchMs: lanLimits.requestTimeoutMs };

/**
 * The kiosk's side of a LAN request (docs/lan.md): signs it with the kiosk key for the receiver,
 * sends it with a time limit, reads the reply up to a cap, and believes it only if the receiver
 * key signed it, over its status, body and this request's nonce. Never throws for anything the
 * network or the other side did.
 */
export function createLanClient({ keys, clock, timeouts = defaultTimeouts }: LanClientOptions) {
  return async function call<S extends z.ZodType>(spec: LanCall<S>): Promise<LanReply<z.output<S>>> {
    const body = spec.body?.bytes ?? new Uint8Array();
    let nonce: string;
    const headers: Record<string, string> = {};
    if (spec.receiverKey === null) {
      // Unsigned (the key to sign for is what hello tells), but the reply still answers this nonce.
      nonce = randomBytes(16).toString('base64url');
      headers[lanHeaders.nonce] = nonce;
    } else {
      const signed = signRequest(
        keys,
        { method: spec.method, path: spec.path, body, receiverKey: spec.receiverKey },
        clock().getTime(),
      );
      Object.assign(headers, signed);
      nonce = signed[lanHeaders.nonce];
    }
    if (spec.body) headers['content-type'] = spec.body.type;

    const outcome = await exchange({
      address: spec.address,
      method: spec.method,
      path: spec.path,
      headers,
      body,
      timeoutMs: spec.body?.type === 'application/octet-stream' ? timeouts.batchMs : timeouts.jsonMs,
      maxReplyBytes,
    });
    return believed(outcome, spec, nonce);
  };
}

export type LanClient = ReturnType<typeof createLanClient>;

/** The reply as the kiosk may take it: only after its signature verified, and then its schema. */
function believed<S extends z.ZodType>(
  outcome: ExchangeOutcome,
  spec: LanCall<S>,
  nonce: string,
): LanReply<z.output<S>> {
  if (outcome.kind === 'failed') return { kind: 'unreachable', reason: outcome.reason };
  if (outcome.kind === 'too-large') {
    return { kind: 'not-a-receiver', reason: 'the reply was larger than any Kuulluksi reply can be' };
  }
  const header = (name: string) => {
    const value = outcome.headers[name];
    return typeof value === 'string' ? value : null;
  };
  const signedBy = header(lanHeaders.key);
  const signature = header(lanHeaders.signature);
  if (signedBy === null || signature === null) {
    return {
      kind: 'not-a-receiver',
      reason: `the reply (HTTP ${outcome.status}) is not signed: something else answers at that address`,
    };
  }
  const expected = spec.receiverKey ?? signedBy;
  if (!isReplyFrom(expected, outcome.status, outcome.body, nonce, signature)) {
    if (signedBy !== expected && isReplyFrom(signedBy, outcome.status, outcome.body, nonce, signature)) {
      return { kind: 'key-changed', receiverKey: signedBy };
    }
    return {
      kind: 'not-a-receiver',
      reason: 'the reply’s signature does not verify: it was altered on the way, or forged',
    };
  }

  if (outcome.status >= 500 && outcome.body.length === 0) {
    // The receiver's own fault, said without detail (its log has it): worth trying again later.
    return {
      kind: 'unreachable',
      reason: `the staff PC failed to answer (HTTP ${outcome.status}); its log says why`,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(outcome.body));
  } catch {
    return { kind: 'not-a-receiver', reason: 'the signed reply is not JSON' };
  }
  if ((json as { format?: unknown } | null)?.format === 'kuulluksi-lan-refusal') {
    const refusal = refusalReplySchema.safeParse(json);
    if (refusal.success) return { kind: 'refused', code: refusal.data.code, reason: refusal.data.reason };
    return {
      kind: 'not-a-receiver',
      reason: `the refusal is not one this kiosk knows (${describeIssues(refusal.error)})`,
    };
  }
  const parsed = spec.replySchema.safeParse(json);
  if (!parsed.success || outcome.status !== 200) {
    const issues = parsed.success ? `HTTP ${outcome.status}` : describeIssues(parsed.error);
    return {
      kind: 'not-a-receiver',
      reason: `the signed reply is not the message this kiosk expected (${issues})`,
    };
  }
  return { kind: 'replied', value: parsed.data, signedBy };
}
