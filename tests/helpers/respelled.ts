const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * The same bytes in another base64url spelling: the last character's unused low bit flipped
 * (a 32-byte key leaves two bits unused, a 64-byte signature four), which a lax decoder ignores.
 */
export function respelled(value: string): string {
  const last = alphabet.indexOf(value.at(-1)!);
  return value.slice(0, -1) + alphabet[last ^ 1];
}
