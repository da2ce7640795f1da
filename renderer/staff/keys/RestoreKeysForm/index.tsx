import { useState } from 'preact/hooks';
import { Card } from '../../../components/Card/index.tsx';
import { Note } from '../../../components/FormLayout/index.tsx';
import type { Outcome } from '../../../components/Notice/index.tsx';
import { TextField } from '../../../components/TextField/index.tsx';
import { useStaff } from '../../useStaff.ts';
import type { Ready } from '../KeysReady/index.tsx';
import { KeysStep } from '../KeysStep/index.tsx';
import { StepActions } from '../StepActions/index.tsx';

/**
 * A new staff PC: the keys from their backup. A wrong passphrase, or a file that is not a
 * backup, stores nothing and says so.
 */
export function RestoreKeysForm({ onBack, onRestored }: { onBack(): void; onRestored(ready: Ready): void }) {
  const { api, words } = useStaff();
  const [backupFile, setBackupFile] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();

  async function restore(event: Event) {
    event.preventDefault();
    if (backupFile.trim() === '')
      return setOutcome({ tone: 'problem', message: words.pathMissing(words.backupFileLabel) });
    setOutcome({ tone: 'working', message: words.restoring });
    const result = await api.call('staff.restoreKeys', {
      backupFile: backupFile.trim(),
      backupPassphrase: passphrase,
    });
    if (result.ok) onRestored({ keyCode: result.value.keyCode, restored: true });
    else setOutcome({ tone: 'problem', message: words.notDone(result.error.message) });
  }

  return (
    <KeysStep id="restore-keys-title" title={words.restoreTitle}>
      <Note>{words.restoreIntro}</Note>
      <Card as="form" onSubmit={(event) => void restore(event)} noValidate>
        <TextField
          label={words.backupFileLabel}
          hint={words.fullPathHint}
          value={backupFile}
          autocomplete="off"
          onInput={setBackupFile}
        />
        <TextField
          label={words.backupPassphraseLabel}
          value={passphrase}
          secret
          autocomplete="current-password"
          onInput={setPassphrase}
        />
        <StepActions
          submit={words.restoreSubmit}
          busy={outcome?.tone === 'working'}
          outcome={outcome}
          onBack={onBack}
        />
      </Card>
    </KeysStep>
  );
}
