/**
 * Date ranges of the schedule, as days written YYYY-MM-DD (which compare as text). Zod-free, so
 * the schema and the admin screen decide alike whether two ranges clash.
 */
type DayRange = { from: string; to: string };

/** Whether two ranges share a day: both ends of a range are included. */
export function rangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}
