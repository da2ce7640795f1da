import { batchLimits } from '../../batch/format.ts';
import {
  batchPath,
  contactReplySchema,
  contactRequestSchema,
  deliveredReplySchema,
  helloReplySchema,
  lanPaths,
  lanProtocolVersion,
} from '../../lan/protocol.ts';
import { sha256Hex } from '../../lan/request-signature.ts';
import { coarseTime } from '../../time/coarse-time.ts';
import { applyRetention } from '../retention.ts';
import { sealPendingResponses } from '../seal-pending.ts';
import { applyUpdate, type UpdateOutcome } from './apply-update.ts';
import { parseLanAddress } from './lan-address.ts';
import type { LanContext } from './lan-context.ts';
import { checkPairing } from './lan-pairing.ts';
import { lanWaiting, type LanWaiting } from './lan-waiting.ts';
import { recordFailure } from './record-failure.ts';
import type { LanProblem, Receiver } from './receiver-store.ts';

export type PushSummary = {
  /** The pairing's state once the push was over. */
  state: Receiver['state'] | 'not-paired';
  sealed: number;
  delivered: { seq: number; responses: number }[];
  /** What staff's update did, or null when none came. */
  update: UpdateOutcome | null;
  /** Answers deleted: confirmed by staff, or past the retention period. */
  answersForgotten: number;
  /** What stopped the push, if anything did. */
  problem: LanProblem | null;
  waiting: LanWaiting;
};

type BatchRow = { seq: number; response_count: number };

/**
 * Pushes once (docs/lan.md): if paired, checks that the staff PC still answers with the key paired
 * with, seals the answers whose time slot has ended, delivers every batch not yet written
 * (oldest first; each marked delivered only on the staff PC's signed word naming its file's
 * hash), says how many still wait and which update was applied last, and applies the update staff
 * send back. Then forgets what the retention period allows, as a stick export does.
 */
export async function pushOnce(ctx: LanContext): Promise<PushSummary> {
  const { db, clock } = ctx;
  const summary = {
    sealed: 0,
    delivered: [] as PushSummary['delivered'],
    update: null as UpdateOutcome | null,
  };
  let problem: LanProblem | null = null;
  let answersForgotten = 0;

  if (ctx.receivers.read()?.state === 'waiting') await checkPairing(ctx);
  const receiver = ctx.receivers.read();
  if (receiver?.state === 'paired') {
    problem = await checkReceiverKey(ctx, receiver);
    // Sealed only for a staff PC that answers as itself: while it is off, answers wait unsealed
    // and go in one batch when it is back (or onto a stick meanwhile).
    if (problem === null) {
      summary.sealed = await sealPendingResponses(db, ctx.identity, batchLimits.maxResponses, clock());
      problem = await deliverWaitingBatches(ctx, receiver, summary.delivered);
    }
    if (problem === null) {
      const contacted = await contact(ctx, receiver);
      if ('problem' in contacted) problem = contacted.problem;
      else summary.update = contacted.update;
    }
    if (summary.update?.status === 'applied') answersForgotten += summary.update.answersForgotten;
  }
  answersForgotten += applyRetention(db, coarseTime(clock()).day, ctx.settings.read().retentionDays);
  return {
    state: ctx.receivers.read()?.state ?? 'not-paired',
    ...summary,
    answersForgotten,
    problem,
    waiting: lanWaiting(ctx),
  };
}

/**
 * Asks who answers at the address before any batch goes: a staff PC whose key changed (or another
 * machine now at that address) gets the alarm, and not a single batch's bytes.
 */
async function checkReceiverKey(ctx: LanContext, receiver: Receiver): Promise<LanProblem | null> {
  const reply = await ctx.call({
    address: parseLanAddress(receiver.address),
    method: 'GET',
    path: lanPaths.hello,
    receiverKey: null,
    replySchema: helloReplySchema,
  });
  if (reply.kind !== 'replied') return recordFailure(ctx, reply, 'greeting');
  if (reply.signedBy !== receiver.receiverKey || reply.value.receiverKey !== receiver.receiverKey) {
    return recordFailure(ctx, { kind: 'key-changed', receiverKey: reply.signedBy }, 'greeting');
  }
  return null;
}

/** Delivers batches oldest first and stops at the first that does not go, which waits for the next push. */
async function deliverWaitingBatches(
  ctx: LanContext,
  receiver: Receiver,
  delivered: PushSummary['delivered'],
): Promise<LanProblem | null> {
  const unwritten = ctx.db
    .prepare<[], BatchRow>('SELECT seq, response_count FROM batches WHERE written = 0 ORDER BY seq')
    .all();
  // One batch's ciphertext in memory at a time, however many wait.
  const ciphertextOf = ctx.db
    .prepare<[number], Buffer>('SELECT ciphertext FROM batches WHERE seq = ?')
    .pluck();
  // A stick may have taken it meanwhile: then it left that way, and stays so.
  const markDelivered = ctx.db.prepare(
    "UPDATE batches SET written = 1, written_day = ?, route = 'lan' WHERE seq = ? AND written = 0",
  );
  for (const batch of unwritten) {
    const file = ciphertextOf.get(batch.seq)!;
    // Named by the hash of the file as sent, which a receiver without the staff keys can check;
    // receipts name the batch's own hash, as on a stick.
    const fileHash = sha256Hex(file);
    const reply = await ctx.call({
      address: parseLanAddress(receiver.address),
      method: 'PUT',
      path: batchPath(fileHash),
      body: { bytes: file, type: 'application/octet-stream' },
      receiverKey: receiver.receiverKey,
      replySchema: deliveredReplySchema,
    });
    if (reply.kind !== 'replied') return recordFailure(ctx, reply, `delivering batch ${batch.seq} to`);
    if (reply.value.hash !== fileHash) {
      const reason = `it confirmed batch ${batch.seq} under another hash than its file has`;
      return recordFailure(ctx, { kind: 'not-a-receiver', reason }, `delivering batch ${batch.seq} to`);
    }
    markDelivered.run(coarseTime(ctx.clock()).day, batch.seq);
    ctx.receivers.recordContact();
    delivered.push({ seq: batch.seq, responses: batch.response_count });
  }
  return null;
}

/** Says how many batches wait and which update was applied; applies the update that comes back. */
async function contact(
  ctx: LanContext,
  receiver: Receiver,
): Promise<{ update: UpdateOutcome | null } | { problem: LanProblem }> {
  const body = contactRequestSchema.parse({
    format: 'kuulluksi-lan-contact',
    version: lanProtocolVersion,
    waitingBatches: lanWaiting(ctx).batches,
    appliedSerial: ctx.receivers.read()!.appliedSerial,
  });
  const reply = await ctx.call({
    address: parseLanAddress(receiver.address),
    method: 'POST',
    path: lanPaths.contact,
    body: { bytes: Buffer.from(JSON.stringify(body)), type: 'application/json' },
    receiverKey: receiver.receiverKey,
    replySchema: contactReplySchema,
  });
  if (reply.kind !== 'replied') return { problem: recordFailure(ctx, reply, 'making contact with') };
  ctx.receivers.recordContact();
  if ((reply.value.update ?? null) === null) return { update: null };
  const update = applyUpdate(ctx.db, ctx.identity.kioskId, ctx.receivers, reply.value.update);
  if (update.status === 'refused') {
    ctx.receivers.recordProblem({ kind: 'update-refused', detail: update.reason });
    ctx.log(
      'warn',
      `an update from the staff PC ${receiver.name} was not applied, and nothing changed: ${update.reason}`,
    );
  }
  return { update };
}
