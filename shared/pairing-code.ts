/**
 * A key's fingerprint as the two screens of a LAN pairing show it: each group of four followed by
 * a check character (Luhn mod 32 over the group, as Syncthing does for device ids), e.g.
 * `MFRGA-GZDFB-…`. Someone comparing or typing the code who misreads one character, or swaps two
 * neighbours, gets a group whose check character no longer fits.
 */
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function checkCharacter(group: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = group.length - 1; i >= 0; i--) {
    const value = BASE32.indexOf(group[i]!);
    if (value < 0) throw new Error(`${group} is not base32`);
    const addend = factor * value;
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / 32) + (addend % 32);
  }
  return BASE32[(32 - (sum % 32)) % 32]!;
}

export function pairingCode(fingerprint: string): string {
  return fingerprint
    .split('-')
    .map((group) => group + checkCharacter(group))
    .join('-');
}

/** True when every group's check character fits: a code typed or read back without a slip. */
export function isWholePairingCode(code: string): boolean {
  const groups = code.toUpperCase().split('-');
  return (
    groups.length === 4 &&
    groups.every((group) => /^[A-Z2-7]{5}$/.test(group) && checkCharacter(group.slice(0, 4)) === group[4])
  );
}
