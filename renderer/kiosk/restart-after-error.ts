/** Failures this close together are one run of trouble. */
export const troubleWindowMs = 60_000;
/** How many failures in a run start the kiosk over at once, before it waits between tries. */
export const quickRestarts = 2;
/** The wait between tries once the start screen itself keeps failing. */
export const pauseMs = 10_000;

/** The failures that still count at `at`, the new one last. */
export function withFailure(failures: readonly number[], at: number): number[] {
  return [...failures.filter((earlier) => at - earlier < troubleWindowMs), at];
}

/**
 * How long the kiosk waits before drawing its start screen again after the failures that still
 * count: at once, so the next person meets the question, unless the start screen keeps failing
 * too, when it shows a calm screen between tries instead of flickering.
 */
export function restartDelayMs(failures: readonly number[]): number {
  return failures.length > quickRestarts ? pauseMs : 0;
}
