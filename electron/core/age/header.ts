const ageMagic = 'age-encryption.org/v1\n';
/** `--- ` and the base64 (no padding) of a 32-byte HMAC. */
const macLine = /^--- [A-Za-z0-9+/]{43}$/;

export type AgeHeaderLimits = { maxHeaderBytes: number; maxStanzas: number };

/** The first argument of each recipient stanza (`X25519`, `scrypt`, …) and its other arguments. */
export type AgeStanzaArgs = string[];

/**
 * A cheap look at an age header before any crypto runs: it must start as age v1 does, end with
 * a well-formed MAC line within `maxHeaderBytes`, and hold at most `maxStanzas` stanzas. Returns
 * the stanzas' arguments, or why the file is refused. It reads no further than the limit, so a
 * hostile file cannot make it do more work than that. Batches and passphrase-sealed keys are
 * both looked at here, each with its own limits, so this knows none of our formats.
 */
export function readAgeHeader(
  bytes: Uint8Array,
  limits: AgeHeaderLimits,
): { stanzas: AgeStanzaArgs[] } | { problem: string } {
  const head = Buffer.from(bytes.subarray(0, limits.maxHeaderBytes)).toString('latin1');
  if (!head.startsWith(ageMagic)) return { problem: 'it is not an age-encrypted file' };
  const macStart = head.indexOf('\n---') + 1;
  const macEnd = head.indexOf('\n', macStart);
  if (macStart === 0 || macEnd === -1) {
    return { problem: `its age header is missing or longer than ${limits.maxHeaderBytes} bytes` };
  }
  const stanzaLines = head
    .slice(ageMagic.length, macStart)
    .split('\n')
    .filter((line) => line.startsWith('-> '));
  if (stanzaLines.length > limits.maxStanzas) {
    return { problem: `its age header has ${stanzaLines.length} recipients (at most ${limits.maxStanzas})` };
  }
  if (!macLine.test(head.slice(macStart, macEnd)))
    return { problem: 'its age header does not end in a valid MAC line' };
  return { stanzas: stanzaLines.map((line) => line.slice(3).split(' ')) };
}
