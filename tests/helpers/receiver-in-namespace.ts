import type { ReceiverHint } from '../../electron/core/lan/discovery-records.ts';
import { fileURLToPath } from 'node:url';
import type { NamespaceChild, TestNetwork } from './netns.ts';

const peer = fileURLToPath(new URL('./discovery-peer.ts', import.meta.url));

/**
 * The code `kuulluksi staff receive` prints, and its fingerprint (the code without its check
 * characters, as mDNS announces it), once it listens.
 */
export async function receiverListening(receiver: NamespaceChild) {
  const code = (await receiver.waitForLine((line) => line.startsWith("This PC's code: "), 'its code')).split(
    ' ',
  )[3]!;
  await receiver.waitForLine((line) => line.startsWith('Listening on '), 'listening');
  const fingerprint = code
    .split('-')
    .map((group) => group.slice(0, 4))
    .join('-');
  return { code, fingerprint };
}

/** The staff PCs a kiosk in `namespace` lists, browsed until the one with `fingerprint` is among them. */
export async function browseUntilFound(
  network: TestNetwork,
  namespace: string,
  fingerprint: string,
): Promise<ReceiverHint[]> {
  const browse = network.node(namespace, peer, ['browse', JSON.stringify({ timeoutMs: 1500 })]);
  const line = await browse.waitForLine(
    (line) => line.startsWith('receivers ') && line.includes(fingerprint),
    'the staff PC found by mDNS',
  );
  return JSON.parse(line.slice('receivers '.length));
}
