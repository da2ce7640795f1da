/** How each language says a number of hours, a number of minutes, and the word between them. */
export type WaitWords = { hours(count: number): string; minutes(count: number): string; and: string };

/**
 * How long a lockout of this many seconds lasts, in words: rounded up to the minute, so the screen
 * never promises a shorter wait than the core keeps, and in hours and minutes from an hour on,
 * since locks grow to a day ("1 hour and 20 minutes", "24 hours").
 */
export function wordWait(seconds: number, words: WaitWords): string {
  const total = Math.ceil(seconds / 60);
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts = [
    ...(hours > 0 ? [words.hours(hours)] : []),
    ...(minutes > 0 || hours === 0 ? [words.minutes(minutes)] : []),
  ];
  return parts.join(` ${words.and} `);
}
