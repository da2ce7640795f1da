import { readAgeHeader } from '../age/header.ts';
import { batchLimits } from './format.ts';

/**
 * The checks a batch passes before it is decrypted. A batch is encrypted to X25519 staff keys,
 * so a file without any X25519 stanza (a passphrase-protected file, say) is refused here, with
 * no key derivation run for it. Returns why the file fails, or null when it may be decrypted.
 */
export function checkAgeHeader(bytes: Uint8Array): string | null {
  const header = readAgeHeader(bytes, batchLimits);
  if ('problem' in header) return header.problem;
  if (!header.stanzas.some((args) => args[0] === 'X25519'))
    return 'it is not encrypted to any X25519 staff key';
  return null;
}
