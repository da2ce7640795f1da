/** The first wait after a failed push, and the longest: a week off loses nothing, it only waits. */
export const backoffBaseMs = 30_000;
export const backoffCapMs = 30 * 60_000;

/**
 * How long to wait before the next try after `failures` pushes in a row could not reach the staff
 * PC: 30 seconds doubling with each failure up to 30 minutes, with full jitter (a random wait
 * from nothing up to that), so kiosks that lost the staff PC together do not all come back at the
 * same moment. `random` gives a number in [0, 1), as Math.random does.
 */
export function backoffDelayMs(failures: number, random: () => number = Math.random): number {
  if (failures < 1) return 0;
  const ceiling = Math.min(backoffCapMs, backoffBaseMs * 2 ** Math.min(failures - 1, 30));
  return Math.floor(random() * ceiling);
}
