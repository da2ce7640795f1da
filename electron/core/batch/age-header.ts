import { batchLimits } from './format.ts';

const ageMagic = 'age-encryption.org/v1\n';

/**
 * A cheap look at an age header before any crypto runs: it must start as age v1 does, end within
 * `maxHeaderBytes`, and hold few stanzas. Returns why it fails, or null when it may be decrypted.
 */
export function checkAgeHeader(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, batchLimits.maxHeaderBytes)).toString('latin1');
  if (!head.startsWith(ageMagic)) return 'it is not an age-encrypted file';
  const end = head.indexOf('\n---');
  if (end === -1) return `its age header is missing or longer than ${batchLimits.maxHeaderBytes} bytes`;
  const stanzas = head.slice(0, end).split('\n-> ').length - 1;
  if (stanzas > batchLimits.maxStanzas) return `its age header has ${stanzas} recipients (at most ${batchLimits.maxStanzas})`;
  return null;
}
