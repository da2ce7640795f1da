import { useEffect, useId, useState } from 'preact/hooks';
import type { Output } from '../../../shared/contract.ts';
import { isLongEnoughPassphrase, minPassphraseLength } from '../../../shared/staff-keys.ts';
import { form } from '../form.ts';
import type { Outcome } from '../Outcome.tsx';
import { useStaff, useStaffData } from '../staff-context.ts';
import styles from '../style.module.css';
import { TextField } from '../TextField.tsx';
import type { Ready } from './KeysReady.tsx';
import { KeysStep, StepActions } from './KeysStep.tsx';

type Stick = Output<'staff.sticks'>['sticks'][number];
type Fields = { backupFile: string; passphrase: string; again: string; publicKeyFile: string };
type FieldName = keyof Fields;

/** How often the form looks again for sticks while it is open. */
const stickPollMs = 2_000;

/**
 * New staff keys: where the backup goes (offered on a stick that is plugged in), its passphrase
 * twice, and where the public key file for kiosks goes. The core writes the backup, opens it
 * again and only then keeps the keys; a refusal says which field to change.
 */
export function CreateKeysForm({ onBack, onCreated }: { onBack(): void; onCreated(ready: Ready): void }) {
  const { api, words } = useStaff();
  const { data } = useStaffData('staff.sticks', stickPollMs);
  const [fields, setFields] = useState<Fields>({ backupFile: '', passphrase: '', again: '', publicKeyFile: '' });
  const [invalid, setInvalid] = useState<FieldName>();
  const [outcome, setOutcome] = useState<Outcome>();
  const sticksId = useId();
  const set = (name: FieldName) => (value: string) => setFields((current) => ({ ...current, [name]: value }));
  const useStick = (stick: Stick) =>
    setFields((current) => ({ ...current, backupFile: stick.suggestedBackupFile, publicKeyFile: stick.suggestedPublicKeyFile }));

  // The first stick seen fills the paths once, while staff have typed none themselves.
  const firstStick = data?.sticks[0];
  useEffect(() => {
    if (firstStick && fields.backupFile === '' && fields.publicKeyFile === '') useStick(firstStick);
  }, [firstStick?.path]);

  function refuse(field: FieldName, message: string) {
    setInvalid(field);
    setOutcome({ tone: 'problem', message });
  }

  async function create(event: Event) {
    event.preventDefault();
    if (fields.backupFile.trim() === '') return refuse('backupFile', words.pathMissing(words.backupFileLabel));
    if (!isLongEnoughPassphrase(fields.passphrase)) return refuse('passphrase', words.passphraseTooShort(minPassphraseLength));
    if (fields.again !== fields.passphrase) return refuse('again', words.passphrasesDiffer);
    if (fields.publicKeyFile.trim() === '') return refuse('publicKeyFile', words.pathMissing(words.publicKeyFileLabel));
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
      <p class={form.note}>{words.createIntro}</p>
      <div class={form.card}>
        <h3 id={sticksId} class={form.subheading}>
          {words.sticksFound}
        </h3>
        {data && data.sticks.length === 0 && <p>{words.noSticks}</p>}
        {data && data.sticks.length > 0 && (
          <ul class={styles.stickChoices} aria-labelledby={sticksId}>
            {data.sticks.map((stick) => (
              <li key={stick.path}>
                <button type="button" class={form.secondary} onClick={() => useStick(stick)}>
                  {words.useStick(stick.label)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      <form class={form.card} onSubmit={(event) => void create(event)} noValidate>
        <TextField
          label={words.backupFileLabel}
          hint={words.fullPathHint}
          value={fields.backupFile}
          autocomplete="off"
          invalid={invalid === 'backupFile'}
          onInput={set('backupFile')}
        />
        <TextField
          label={words.backupPassphraseLabel}
          hint={words.backupPassphraseHint(minPassphraseLength)}
          value={fields.passphrase}
          secret
          autocomplete="new-password"
          invalid={invalid === 'passphrase'}
          onInput={set('passphrase')}
        />
        <TextField
          label={words.backupPassphraseAgainLabel}
          value={fields.again}
          secret
          autocomplete="new-password"
          invalid={invalid === 'again'}
          onInput={set('again')}
        />
        <TextField
          label={words.publicKeyFileLabel}
          hint={words.publicKeyFileHint}
          value={fields.publicKeyFile}
          autocomplete="off"
          invalid={invalid === 'publicKeyFile'}
          onInput={set('publicKeyFile')}
        />
        <StepActions submit={words.createSubmit} busy={outcome?.tone === 'working'} outcome={outcome} onBack={onBack} />
      </form>
    </KeysStep>
  );
}
