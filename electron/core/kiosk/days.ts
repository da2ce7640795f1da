/** Whole days from one YYYY-MM-DD to another (negative if `to` is earlier); no time of day involved. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
