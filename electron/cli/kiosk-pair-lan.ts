import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../core/errors.ts';
import type { Kiosk } from '../core/kiosk/open-kiosk.ts';
import { describeLanFailure } from './describe-lan.ts';

/** How often the command asks the staff PC whether staff approved yet. */
const askEveryMs = 1000;

export type LanPairingArgs = { address: string; receiverCode: string | undefined; waitSeconds: number };

/**
 * `kuulluksi kiosk pair --lan`: shows the three codes, asks the staff PC to pair, and waits for
 * staff to approve. With a receiver code (for IT's scripts) it stops before asking, sending and
 * storing nothing, unless the staff PC shows exactly that code.
 */
export async function pairOverLan(kiosk: Kiosk, { address, receiverCode, waitSeconds }: LanPairingArgs) {
  const out = (...lines: string[]) => process.stdout.write(lines.join('\n') + '\n');
  const hello = await kiosk.lan.sayHello(address);
  if (!hello.ok) throw new AppError('transport_failed', describeLanFailure(hello.failure, address));
  const { name, codes } = hello.hello;
  out(
    `The staff PC "${name}" at ${address}:`,
    `  staff PC's code:    ${codes.receiver}`,
    ...codes.staffKeys.map((code) => `  staff key's code:   ${code}`),
    `  this kiosk's code:  ${codes.kiosk}`,
  );
  if (receiverCode !== undefined && receiverCode !== codes.receiver) {
    throw new AppError(
      'conflict',
      `The staff PC at ${address} shows code ${codes.receiver}, not ${receiverCode}: something else may answer at that address. Nothing was sent or stored.`,
    );
  }
  const requested = await kiosk.lan.requestPairing(hello.hello);
  if (!requested.ok) throw new AppError('transport_failed', describeLanFailure(requested.failure, address));

  let state: string = requested.state;
  const deadline = Date.now() + waitSeconds * 1000;
  if (state === 'waiting') {
    out(
      'Asked to pair. On the staff PC, compare these codes with the Kiosks section and approve this kiosk.',
      ...(waitSeconds > 0 ? [`Waiting up to ${waitSeconds} seconds for staff to approve...`] : []),
    );
  }
  while (state === 'waiting' && Date.now() < deadline) {
    await sleep(askEveryMs);
    state = await kiosk.lan.checkPairing();
  }
  if (state === 'paired') {
    out(
      `Paired with the staff PC "${name}": batches go to it from now on ("kuulluksi kiosk push" sends them now).`,
    );
    return;
  }
  if (state === 'waiting' && waitSeconds === 0) return;
  const problem = kiosk.lan.status().problem;
  throw new AppError(
    'not_ready',
    state === 'waiting'
      ? `Staff have not approved this kiosk within ${waitSeconds} seconds${problem ? ` (last try: ${problem.kind})` : ''}. The request stands: once staff approve it, a running kiosk and "kuulluksi kiosk push" take it from there.`
      : `The pairing did not complete: it is now ${state}. Pair again.`,
  );
}
