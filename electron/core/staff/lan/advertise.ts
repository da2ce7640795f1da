import { fingerprint } from '../../keys/fingerprint.ts';
import { advertiseReceiver, type Advertisement } from '../../lan/discovery.ts';
import { isUsableLanAddress } from '../../lan/discovery-address.ts';
import type { Log } from '../../log.ts';
import { formatListenAddress, type ListenAddress } from './listen-address.ts';
import type { ReceiverIdentity } from './receiver-identity.ts';

/**
 * The mDNS hint on each LAN address the receiver listens on (docs/lan.md, Discovery). Loopback and
 * 0.0.0.0 are not advertised, and a hint that cannot be sent stops nothing: it goes to the log,
 * and kiosks type the address instead.
 */
export async function advertiseOn(
  addresses: readonly ListenAddress[],
  receiver: ReceiverIdentity,
  log: Log,
): Promise<Advertisement[]> {
  const advertisements: Advertisement[] = [];
  for (const { host, port } of addresses) {
    if (!isUsableLanAddress(host)) continue;
    const options = {
      name: receiver.name,
      port,
      fingerprint: fingerprint(receiver.keys.publicKey),
      interfaceAddress: host,
    };
    try {
      advertisements.push(await advertiseReceiver(options, log));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log('warn', `The receiver on ${formatListenAddress({ host, port })} is not advertised: ${reason}`);
    }
  }
  return advertisements;
}
