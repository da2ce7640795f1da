import { minPassphraseLength } from '../../../../shared/staff-keys.ts';
import { TextField } from '../../../components/TextField/index.tsx';
import { useStaff } from '../../useStaff.ts';
import type { PassphraseField } from '../backup-passphrase-problem.ts';

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
