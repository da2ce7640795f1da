/**
 * Why the staff tool refused a batch file, as a code its import screen words in the staff's own
 * language, with what staff can do about it. The technical reason goes with it for IT.
 */
export const batchProblems = [
  /** Not a Kuulluksi batch at all, or damaged beyond reading: cut short in its header, too large, not age, not a batch. */
  'not-a-batch',
  /**
   * Encrypted to, or addressed to, another staff key than this tool's. A file damaged in the
   * very bytes that hold its staff keys looks the same, and cannot be told apart from it.
   */
  'other-staff-key',
  /**
   * Damaged or incomplete after its header: a copy cut short, or bytes changed on a failing
   * stick. age's own checks fail on it, so it is not a batch for another key; a whole copy imports.
   */
  'damaged',
  /** Made by a newer Kuulluksi, in a batch format this one cannot read yet. */
  'newer-format',
  /** Changed after the kiosk made it, or not made by the kiosk it names (its signature, or its key, is not that kiosk's). */
  'altered',
  /** At odds with batches imported before: a replaced or forged batch, or the same answers again. */
  'conflicts',
  /**
   * It keeps answer times finer than its kiosk promised the clients who gave them (an hour from
   * a kiosk set to parts of the day): storing it would break that promise.
   */
  'finer-time',
  /** A link to a file elsewhere, not a file on the stick itself: it is not followed. */
  'link',
  /** The file could not be read from its disk or stick. */
  'unreadable',
] as const;
export type BatchProblem = (typeof batchProblems)[number];
