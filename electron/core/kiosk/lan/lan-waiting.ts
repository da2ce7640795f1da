import type { LanWaitReason } from '../../../../shared/lan-status.ts';
import type { LanContext } from './lan-context.ts';
import type { Receiver } from './receiver-store.ts';

/** What is still on the kiosk for staff, and why it has not gone over the LAN. */
export type LanWaiting = { batches: number; answers: number; why: LanWaitReason | null };

export function lanWaiting(ctx: Pick<LanContext, 'db' | 'receivers'>): LanWaiting {
  const batches = ctx.db.prepare<[], number>('SELECT count(*) FROM batches WHERE written = 0').pluck().get()!;
  const answers = ctx.db
    .prepare<[], number>('SELECT count(*) FROM responses WHERE batch_seq IS NULL')
    .pluck()
    .get()!;
  const nothing = batches === 0 && answers === 0;
  return { batches, answers, why: nothing ? null : waitReason(ctx.receivers.read()) };
}

function waitReason(receiver: Receiver | null): LanWaitReason {
  if (receiver === null) return 'not-paired';
  switch (receiver.state) {
    case 'waiting':
      return 'waiting-for-staff';
    case 'key-changed':
    case 'forgotten-by-staff':
      return receiver.state;
  }
  const problem = receiver.problem;
  if (problem === null || problem.kind === 'update-refused') return 'next-push';
  if (problem.kind === 'refused') return problem.code === 'clock-skew' ? 'clocks-differ' : 'refused';
  return problem.kind;
}
