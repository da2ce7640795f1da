import { isLongEnoughPassphrase, minPassphraseLength } from '../../../shared/staff-keys.ts';
import { TextField } from '../../components/TextField/index.tsx';
import type { StaffDictionary } from '../../i18n/staff/index.ts';
import { useStaff } from '../staff-context.ts';

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

type Props = {
  passphrase: string;
  again: string;
  /** The field a refusal named, if any (other names leave both unmarked). */
  invalid: string | undefined;
  onInput(field: PassphraseField, value: string): void;
};

/** A new backup passphrase, typed twice: a typing mistake here would lock the backup for good. */
export function BackupPassphraseFields({ passphrase, again, invalid, onInput }: Props) {
  const { words } = useStaff();
  return (
    <>
      <TextField
        label={words.backupPassphraseLabel}
        hint={words.backupPassphraseHint(minPassphraseLength)}
        value={passphrase}
        secret
        autocomplete="new-password"
        invalid={invalid === 'passphrase'}
        onInput={(value) => onInput('passphrase', value)}
      />
      <TextField
        label={words.backupPassphraseAgainLabel}
        value={again}
        secret
        autocomplete="new-password"
        invalid={invalid === 'again'}
        onInput={(value) => onInput('again', value)}
      />
    </>
  );
}
