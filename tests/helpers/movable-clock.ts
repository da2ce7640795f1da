/** A clock the test moves forward by hand, so nothing waits for real time to pass. */
export function movableClock(start: Date) {
  let now = start;
  const advance = (ms: number) => (now = new Date(now.getTime() + ms));
  return {
    clock: () => now,
    advanceSeconds: (seconds: number) => advance(seconds * 1000),
    advanceDays: (days: number) => advance(days * 86_400_000),
  };
}
