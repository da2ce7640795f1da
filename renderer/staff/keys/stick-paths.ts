import type { Output } from '../../../shared/contract/index.ts';

type Stick = Output<'staff.sticks'>['sticks'][number];
type Paths = { backupFile: string; publicKeyFile: string };

/** Where a stick has room for the keys' files: the names the core found free on it. */
export const pathsOn = (stick: Stick): Paths => ({
  backupFile: stick.suggestedBackupFile,
  publicKeyFile: stick.suggestedPublicKeyFile,
});

/** Whether staff have typed or chosen neither path yet, so a stick seen may fill them. */
export const untouched = (paths: Paths): boolean => paths.backupFile === '' && paths.publicKeyFile === '';
