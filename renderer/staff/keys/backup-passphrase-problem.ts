import { isLongEnoughPassphrase, minPassphraseLength } from '../../../shared/staff-keys.ts';
import type { StaffDictionary } from '../../i18n/staff/index.ts';

export type PassphraseField = 'passphrase' | 'again';

/**
 * Why a new backup passphrase, typed twice, cannot be used, naming the field to change; undefined
 * when it can. The core checks the length again: this only saves a round trip and says it sooner.
 */
export function backupPassphraseProblem(
  words: StaffDictionary,
  passphrase: string,
  again: string,
): { field: PassphraseField; message: string } | undefined {
  if (!isLongEnoughPassphrase(passphrase))
    return { field: 'passphrase', message: words.passphraseTooShort(minPassphraseLength) };
  if (again !== passphrase) return { field: 'again', message: words.passphrasesDiffer };
  return undefined;
}
