import { randomBytes } from 'node:crypto';
import { lanHeaders, lanLimits, lanPaths } from '../../electron/core/lan/protocol.ts';
import type { Log } from '../../electron/core/log.ts';
import { exchange } from './lan-exchange.ts';
import { lanFuzzReceiver } from './lan-fuzz-setup.ts';
import { makeLanInput, type LanInput } from './lan-inputs.ts';
import { seededRandom } from './random.ts';

export type LanFuzzFailure = { index: number; kind: string; what: string };

export type LanFuzzStats = {
  tried: number;
  /** Requests answered with a whole reply, by status. */
  statuses: Record<string, number>;
  /** Refusals by code: which of the receiver's checks the requests reached. */
  codes: Record<string, number>;
  /** Requests the receiver closed without a reply: HTTP it could not read, or a sender gone. */
  closed: number;
  /** A 500, an error in the receiver's log, anything thrown past it, or `hello` no longer answering. */
  crashes: LanFuzzFailure[];
  /** No reply and no close within the limit (`hangLimitMs`). */
  hangs: LanFuzzFailure[];
  /** A reply the receiver key did not sign over the request's nonce. */
  unsigned: LanFuzzFailure[];
  /** Anything the requests left in the staff database or its inbox. */
  stored: string[];
};

export type LanFuzzOptions = {
  seed: number;
  /** Inputs from..from+count (exclusive); `from` replays a failure alone. */
  from?: number;
  count: number;
  /** Requests in flight at once. */
  concurrency?: number;
  progress?: (done: number) => void;
};

/** A request must be answered or dropped by then: a stalled one is dropped once its headers are overdue. */
export const hangLimitMs = lanLimits.headersTimeoutMs + 5000;
/** Requests between two moves of the receiver's clock by a minute, so the per-address limit never bites. */
const requestsPerMinute = lanLimits.requestsPerAddressPerMinute / 2;
const helloEvery = 1000;

/**
 * Sends `count` generated requests (lan-inputs.ts) to a real receiver on 127.0.0.1, `concurrency`
 * at a time, and checks each reply, that `hello` still answers every thousand requests, and at the
 * end that the staff store and inbox hold exactly what the setup left (lan-fuzz-setup.ts): no
 * request of the fuzz stores anything, since each is altered where its signature covers it,
 * re-signed over a body its schema refuses, or a replay. Input `index` of a seed is always the
 * same kind of request, altered the same way; keys and nonces are fresh in each run.
 */
export async function runLanFuzz({
  seed,
  from = 0,
  count,
  concurrency = 8,
  progress,
}: LanFuzzOptions): Promise<LanFuzzStats> {
  const stats: LanFuzzStats = {
    tried: 0,
    statuses: {},
    codes: {},
    closed: 0,
    crashes: [],
    hangs: [],
    unsigned: [],
    stored: [],
  };
  let current = { index: -1, kind: 'setup' };
  const log: Log = (level, message) => {
    if (level === 'error') stats.crashes.push({ ...current, what: `receiver log: ${message}` });
  };
  const thrown = (error: unknown) =>
    stats.crashes.push({
      ...current,
      what: `thrown: ${error instanceof Error ? error.stack : String(error)}`,
    });
  process.on('uncaughtException', thrown);
  process.on('unhandledRejection', thrown);
  const receiver = await lanFuzzReceiver(log);
  const before = receiver.stored();
  const recent: LanInput[] = [];
  let next = from;

  const helloAnswers = async (index: number) => {
    const nonce = randomBytes(16).toString('base64url');
    const bytes = Buffer.from(
      `GET ${lanPaths.hello} HTTP/1.1\r\nHost: 127.0.0.1\r\n${lanHeaders.nonce}: ${nonce}\r\n\r\n`,
    );
    const input: LanInput = { kind: 'hello', bytes, nonces: [nonce], stalls: false };
    const answer = await exchange(receiver.address, input, receiver.material.receiverKey, hangLimitMs);
    if (answer.outcome !== 'replied' || answer.status !== 200 || !answer.signed)
      stats.crashes.push({
        index,
        kind: 'hello',
        what: `hello no longer answers: ${JSON.stringify(answer)}`,
      });
  };

  const worker = async () => {
    while (next < from + count) {
      const index = next++;
      if (index > 0 && index % requestsPerMinute === 0) receiver.advanceSeconds(61);
      if (index > 0 && index % helloEvery === 0) await helloAnswers(index);
      const input = makeLanInput(seededRandom(seed, index), receiver.material, recent);
      recent.push(input);
      if (recent.length > 50) recent.shift();
      current = { index, kind: input.kind };
      const answer = await exchange(receiver.address, input, receiver.material.receiverKey, hangLimitMs);
      const failure = (what: string) => ({ index, kind: input.kind, what });
      if (answer.outcome === 'hung') stats.hangs.push(failure(`no reply or close within ${hangLimitMs} ms`));
      else if (answer.outcome === 'closed') stats.closed += 1;
      else {
        stats.statuses[answer.status] = (stats.statuses[answer.status] ?? 0) + 1;
        const code = refusalCode(answer.body);
        if (code) stats.codes[code] = (stats.codes[code] ?? 0) + 1;
        if (!answer.signed)
          stats.unsigned.push(failure(`${answer.status} ${answer.body.toString('utf8', 0, 200)}`));
        if (answer.status >= 500 && answer.status !== 503)
          stats.crashes.push(failure(`answered ${answer.status}`));
      }
      stats.tried += 1;
      progress?.(stats.tried);
    }
  };

  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
    await helloAnswers(count);
    const after = receiver.stored();
    if (after !== before) stats.stored.push(describeChange(before, after));
  } finally {
    process.off('uncaughtException', thrown);
    process.off('unhandledRejection', thrown);
    await receiver.close();
  }
  return stats;
}

function refusalCode(body: Buffer): string | null {
  try {
    const code: unknown = JSON.parse(body.toString('utf8'))?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}

/** Where the store changed, short enough to read: the first differing stretch of the two snapshots. */
function describeChange(before: string, after: string): string {
  let at = 0;
  while (at < before.length && before[at] === after[at]) at++;
  return `the store changed at …${before.slice(Math.max(0, at - 80), at + 120)}… → …${after.slice(Math.max(0, at - 80), at + 120)}…`;
}

export function describeLanStats(stats: LanFuzzStats, seconds: number): string {
  const replied = Object.values(stats.statuses).reduce((sum, n) => sum + n, 0);
  const statuses = Object.entries(stats.statuses)
    .map(([status, n]) => `${status} ${n}`)
    .join(', ');
  const codes = Object.entries(stats.codes)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `requests ${stats.tried}: replied ${replied} (${statuses}), closed without a reply ${stats.closed}`,
    `refused: ${codes}`,
    `crashes ${stats.crashes.length}, hangs ${stats.hangs.length}, unsigned replies ${stats.unsigned.length}, stored ${stats.stored.length}; ${seconds.toFixed(1)} s`,
  ].join('\n');
}
