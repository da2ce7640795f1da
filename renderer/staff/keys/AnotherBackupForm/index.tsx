import { useState } from 'preact/hooks';
import type { Outcome } from '../../../components/Notice/index.tsx';
import { TextField } from '../../../components/TextField/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { backupPassphraseProblem, type PassphraseField } from '../backup-passphrase-problem.ts';
import { BackupPassphraseFields } from '../BackupPassphraseFields/index.tsx';
import { FileWritten } from '../FileWritten/index.tsx';
import { KeysForm } from '../KeysForm/index.tsx';

type FieldName = 'backupFile' | PassphraseField;
type Props = { backupFile: string; onBackupFileInput(path: string): void };

/**
 * One more backup of the open keys, under a passphrase of its own: for the manager to keep, or
 * instead of a lost stick. The core writes it, never over a file, and opens it again before
 * it says it is there. The path is the section's, which a stick button fills.
 */
export function AnotherBackupForm({ backupFile, onBackupFileInput }: Props) {
  const { api, words } = useStaff();
  const [passphrases, setPassphrases] = useState({ passphrase: '', again: '' });
  const [invalid, setInvalid] = useState<FieldName>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [written, setWritten] = useState<string>();

  function refuse(field: FieldName, message: string) {
    setInvalid(field);
    setOutcome({ tone: 'problem', message });
  }

  async function backUp() {
    setWritten(undefined);
    if (backupFile.trim() === '') return refuse('backupFile', words.pathMissing(words.backupFileLabel));
    const passphraseProblem = backupPassphraseProblem(words, passphrases.passphrase, passphrases.again);
    if (passphraseProblem) return refuse(passphraseProblem.field, passphraseProblem.message);
    setInvalid(undefined);
    setOutcome({ tone: 'working', message: words.backingUp });
    const result = await api.call('staff.backupKeys', {
      backupFile: backupFile.trim(),
      backupPassphrase: passphrases.passphrase,
    });
    if (!result.ok) return setOutcome({ tone: 'problem', message: words.notDone(result.error.message) });
    // The passphrase is not left on screen once the backup holds it.
    setPassphrases({ passphrase: '', again: '' });
    setOutcome(undefined);
    setWritten(result.value.backupFile);
  }

  return (
    <>
      <KeysForm
        title={words.anotherBackupTitle}
        intro={words.anotherBackupIntro}
        submit={words.anotherBackupSubmit}
        outcome={outcome}
        onSubmit={() => void backUp()}
      >
        <TextField
          label={words.backupFileLabel}
          hint={words.fullPathHint}
          value={backupFile}
          autocomplete="off"
          invalid={invalid === 'backupFile'}
          onInput={onBackupFileInput}
        />
        <BackupPassphraseFields
          {...passphrases}
          invalid={invalid}
          onInput={(name, value) => setPassphrases((current) => ({ ...current, [name]: value }))}
        />
      </KeysForm>
      {written && (
        <FileWritten key={written} title={words.backupWrittenTitle}>
          <p>{words.createdBackup(written)}</p>
        </FileWritten>
      )}
    </>
  );
}
