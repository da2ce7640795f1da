import { lanProtocolVersion, type HelloReply } from '../../lan/protocol.ts';
import { storedStaffPublicKey } from '../keys/sealed-key-store.ts';
import type { LanContext } from './lan-context.ts';
import { jsonReply, LanRefusal, type LanReply } from './lan-reply.ts';

/**
 * GET hello, which anyone may ask: the receiver's key and name, and the staff public key kiosks
 * encrypt to, readable while the staff keys are sealed. The kiosk shows the codes of both for
 * people to compare; the reply's signature shows it came from the receiver key it names.
 */
export function hello({ db, receiver }: LanContext): LanReply {
  const staffKey = storedStaffPublicKey(db);
  if (!staffKey) {
    throw new LanRefusal(
      'waiting-for-staff',
      'the staff tool on this PC has no staff keys yet: staff create them (or restore their backup) there first, then pair again',
    );
  }
  const reply: HelloReply = {
    format: 'kuulluksi-lan-hello',
    version: lanProtocolVersion,
    receiverKey: receiver.keys.publicKey,
    name: receiver.name,
    staffKeys: [staffKey],
  };
  return jsonReply(200, reply);
}
