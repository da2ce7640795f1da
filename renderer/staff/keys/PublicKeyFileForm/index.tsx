import { useState } from 'preact/hooks';
import type { Outcome } from '../../../components/Notice/index.tsx';
import { TextField } from '../../../components/TextField/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { FileWritten } from '../FileWritten/index.tsx';
import { KeysForm } from '../KeysForm/index.tsx';
import { PairCommand } from '../PairCommand/index.tsx';

type Props = { publicKeyFile: string; onPublicKeyFileInput(path: string): void };

/**
 * The public key file kiosks are paired with, written again for a new kiosk (the first-run copy
 * may be long gone), then the command that pairs one with it. The path is the section's, which
 * a stick button fills.
 */
export function PublicKeyFileForm({ publicKeyFile, onPublicKeyFileInput }: Props) {
  const { api, words } = useStaff();
  const [outcome, setOutcome] = useState<Outcome>();
  const [written, setWritten] = useState<string>();

  async function save() {
    setWritten(undefined);
    if (publicKeyFile.trim() === '')
      return setOutcome({ tone: 'problem', message: words.pathMissing(words.publicKeyFileLabel) });
    setOutcome({ tone: 'working', message: words.savingPublicKey });
    const result = await api.call('staff.writePublicKey', { publicKeyFile: publicKeyFile.trim() });
    if (!result.ok) return setOutcome({ tone: 'problem', message: words.notDone(result.error.message) });
    setOutcome(undefined);
    setWritten(result.value.publicKeyFile);
  }

  return (
    <>
      <KeysForm
        title={words.publicKeyTitle}
        intro={words.publicKeyIntro}
        submit={words.publicKeySubmit}
        outcome={outcome}
        onSubmit={() => void save()}
      >
        {/* The path is the form's only field, so any refusal is about it. */}
        <TextField
          label={words.publicKeyFileLabel}
          hint={words.publicKeyFileHint}
          value={publicKeyFile}
          autocomplete="off"
          invalid={outcome?.tone === 'problem'}
          onInput={onPublicKeyFileInput}
        />
      </KeysForm>
      {written && (
        <FileWritten key={written} title={words.publicKeyWrittenTitle}>
          <p>{words.createdPublicKey(written)}</p>
          <PairCommand publicKeyFile={written} />
        </FileWritten>
      )}
    </>
  );
}
