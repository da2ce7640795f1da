/**
 * Why an export onto a USB stick stopped, as a code the admin view words in reception's own
 * language. The log keeps the full technical reason for IT.
 */
export const stickProblems = [
  /** The stick, or its folder, went away during the export: pulled out, or unmounted. */
  'removed',
  'full',
  'read-only',
  /** A batch file did not read back as written: the stick may be failing. */
  'not-verified',
  /** Any other error the stick's drive reported. */
  'write-error',
  /** No staff key to encrypt to: the kiosk was never paired. */
  'not-paired',
  /** Another export (e.g. from the command line) ran at the same time. */
  'busy',
] as const;
export type StickProblem = (typeof stickProblems)[number];
