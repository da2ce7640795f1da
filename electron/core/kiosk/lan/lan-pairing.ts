import { pairingCode } from '../../../../shared/pairing-code.ts';
import { fingerprint } from '../../keys/fingerprint.ts';
import type { StaffKeyFile } from '../../keys/staff-public-key-format.ts';
import {
  helloReplySchema,
  lanPaths,
  lanProtocolVersion,
  pairReplySchema,
  pairRequestSchema,
} from '../../lan/protocol.ts';
import { pairWithStaff } from '../pairing.ts';
import { parseLanAddress } from './lan-address.ts';
import type { LanContext } from './lan-context.ts';
import { recordFailure, type LanFailure } from './record-failure.ts';
import type { Receiver } from './receiver-store.ts';

/** The codes people compare on the two screens (shared/pairing-code.ts). */
export type PairingCodes = { receiver: string; staffKeys: string[]; kiosk: string };

/** Who answered at an address, by its own signed word: trusted only once people compared the codes. */
export type Hello = Pick<Receiver, 'address' | 'receiverKey' | 'name' | 'staffKeys'> & {
  codes: PairingCodes;
};

export type PairingStep<T> = ({ ok: true } & T) | { ok: false; failure: LanFailure };

export function pairingCodes(
  ctx: Pick<LanContext, 'identity'>,
  receiverKey: string,
  staffKeys: readonly StaffKeyFile[],
): PairingCodes {
  return {
    receiver: pairingCode(fingerprint(receiverKey)),
    staffKeys: staffKeys.map((key) => pairingCode(key.fingerprint)),
    kiosk: pairingCode(ctx.identity.kioskId),
  };
}

/**
 * Step 1: asks the staff PC at `address` who it is. Nothing is stored: a mistyped address must
 * not disturb the pairing the kiosk already has.
 */
export async function sayHello(ctx: LanContext, address: string): Promise<PairingStep<{ hello: Hello }>> {
  const reply = await ctx.call({
    address: parseLanAddress(address),
    method: 'GET',
    path: lanPaths.hello,
    receiverKey: null,
    replySchema: helloReplySchema,
  });
  if (reply.kind !== 'replied') return { ok: false, failure: reply };
  const { receiverKey, name, staffKeys } = reply.value;
  if (receiverKey !== reply.signedBy) {
    const reason = 'its hello names one key and is signed by another';
    return { ok: false, failure: { kind: 'not-a-receiver', reason } };
  }
  return {
    ok: true,
    hello: { address, receiverKey, name, staffKeys, codes: pairingCodes(ctx, receiverKey, staffKeys) },
  };
}

/**
 * Step 2: asks to be paired with the staff PC people were shown. From its signed answer on, the
 * kiosk waits for staff (replacing any staff PC it delivered to before), or is paired at once if
 * staff approved it already.
 */
export async function requestPairing(
  ctx: LanContext,
  hello: Hello,
): Promise<PairingStep<{ state: 'waiting' | 'paired' }>> {
  const reply = await askToPair(ctx, hello);
  if (reply.kind !== 'replied') return { ok: false, failure: reply };
  ctx.receivers.beginPairing(hello);
  ctx.log(
    'info',
    `asked the staff PC ${hello.name} at ${hello.address} (code ${hello.codes.receiver}) to pair`,
  );
  if (reply.value.state === 'paired') completePairing(ctx);
  else ctx.receivers.recordContact();
  return { ok: true, state: reply.value.state };
}

/** Step 3, asked again until staff decide: has the staff PC approved this kiosk yet? */
export async function checkPairing(ctx: LanContext): Promise<Receiver['state'] | 'not-paired'> {
  const receiver = ctx.receivers.read();
  if (receiver?.state !== 'waiting') return receiver?.state ?? 'not-paired';
  const reply = await askToPair(ctx, receiver);
  if (reply.kind !== 'replied') recordFailure(ctx, reply, 'asking to pair with');
  else if (reply.value.state === 'paired') completePairing(ctx);
  else ctx.receivers.recordContact();
  return ctx.receivers.read()?.state ?? 'not-paired';
}

function askToPair(ctx: LanContext, receiver: Pick<Receiver, 'address' | 'receiverKey'>) {
  const body = pairRequestSchema.parse({ format: 'kuulluksi-lan-pair', version: lanProtocolVersion });
  return ctx.call({
    address: parseLanAddress(receiver.address),
    method: 'POST',
    path: lanPaths.pair,
    body: { bytes: Buffer.from(JSON.stringify(body)), type: 'application/json' },
    receiverKey: receiver.receiverKey,
    replySchema: pairReplySchema,
  });
}

/** Staff approved: batches are encrypted to the staff keys the staff PC named, and delivered to it. */
function completePairing(ctx: LanContext): void {
  ctx.db.transaction(() => {
    const receiver = ctx.receivers.read()!;
    for (const staffKey of receiver.staffKeys) pairWithStaff(ctx.db, staffKey);
    ctx.receivers.setState('paired');
    ctx.receivers.recordContact();
  })();
  const receiver = ctx.receivers.read()!;
  ctx.log('info', `paired with the staff PC ${receiver.name} at ${receiver.address}`);
}
