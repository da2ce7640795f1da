import { useState } from 'preact/hooks';
import { Card } from '../../../components/Card/index.tsx';
import { Note } from '../../../components/FormLayout/index.tsx';
import type { Outcome } from '../../../components/Notice/index.tsx';
import { TextField } from '../../../components/TextField/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { backupPassphraseProblem } from '../backup-passphrase-problem.ts';
import { BackupPassphraseFields } from '../BackupPassphraseFields/index.tsx';
import type { Ready } from '../KeysReady/index.tsx';
import { KeysStep } from '../KeysStep/index.tsx';
import { StepActions } from '../StepActions/index.tsx';
import { pathsOn, untouched } from '../stick-paths.ts';
import { StickChoices, type Stick } from '../StickChoices/index.tsx';

type Fields = { backupFile: string; passphrase: string; again: string; publicKeyFile: string };
type FieldName = keyof Fields;

/**
 * New staff keys: where the backup goes (offered on a stick that is plugged in), its passphrase
 * twice, and where the public key file for kiosks goes. The core writes the backup, opens it
 * again and only then keeps the keys; a refusal says which field to change.
 */
export function CreateKeysForm({ onBack, onCreated }: { onBack(): void; onCreated(ready: Ready): void }) {
  const { api, words } = useStaff();
  const [fields, setFields] = useState<Fields>({
    backupFile: '',
    passphrase: '',
    again: '',
    publicKeyFile: '',
  });
  const [invalid, setInvalid] = useState<FieldName>();
  const [outcome, setOutcome] = useState<Outcome>();
  const set = (name: FieldName) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  const useStick = (stick: Stick) => setFields((current) => ({ ...current, ...pathsOn(stick) }));
  const offerStick = (stick: Stick) =>
    setFields((current) => (untouched(current) ? { ...current, ...pathsOn(stick) } : current));

  function refuse(field: FieldName, message: string) {
    setInvalid(field);
    setOutcome({ tone: 'problem', message });
  }

  async function create(event: Event) {
    event.preventDefault();
    if (fields.backupFile.trim() === '')
      return refuse('backupFile', words.pathMissing(words.backupFileLabel));
    const passphraseProblem = backupPassphraseProblem(words, fields.passphrase, fields.again);
    if (passphraseProblem) return refuse(passphraseProblem.field, passphraseProblem.message);
    if (fields.publicKeyFile.trim() === '')
      return refuse('publicKeyFile', words.pathMissing(words.publicKeyFileLabel));
    setInvalid(undefined);
    setOutcome({ tone: 'working', message: words.creating });
    const result = await api.call('staff.createKeys', {
      backupFile: fields.backupFile.trim(),
      backupPassphrase: fields.passphrase,
      publicKeyFile: fields.publicKeyFile.trim(),
    });
    if (result.ok) onCreated(result.value);
    else setOutcome({ tone: 'problem', message: words.notDone(result.error.message) });
  }

  return (
    <KeysStep id="create-keys-title" title={words.createTitle}>
      <Note>{words.createIntro}</Note>
      <StickChoices onChoose={useStick} onFirstSeen={offerStick} />
      <Card as="form" onSubmit={(event) => void create(event)} noValidate>
        <TextField
          label={words.backupFileLabel}
          hint={words.fullPathHint}
          value={fields.backupFile}
          autocomplete="off"
          invalid={invalid === 'backupFile'}
          onInput={set('backupFile')}
        />
        <BackupPassphraseFields
          passphrase={fields.passphrase}
          again={fields.again}
          invalid={invalid}
          onInput={(name, value) => set(name)(value)}
        />
        <TextField
          label={words.publicKeyFileLabel}
          hint={words.publicKeyFileHint}
          value={fields.publicKeyFile}
          autocomplete="off"
          invalid={invalid === 'publicKeyFile'}
          onInput={set('publicKeyFile')}
        />
        <StepActions
          submit={words.createSubmit}
          busy={outcome?.tone === 'working'}
          outcome={outcome}
          onBack={onBack}
        />
      </Card>
    </KeysStep>
  );
}
