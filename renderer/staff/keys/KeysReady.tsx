import { form } from '../form.ts';
import { useStaff } from '../staff-context.ts';
import styles from '../style.module.css';
import { KeysStep } from './KeysStep.tsx';
import { PairCommand } from './PairCommand.tsx';

export type Ready = { keyCode: string } & (
  { backupFile: string; publicKeyFile: string } | { restored: true }
);

/** Keys made or restored: where the backup and the public key file are, and how kiosks are paired. */
export function KeysReady({ ready, onContinue }: { ready: Ready; onContinue(): void }) {
  const { words } = useStaff();
  const created = 'backupFile' in ready;
  return (
    <KeysStep id="keys-ready-title" title={created ? words.createdTitle : words.restoredTitle}>
      <div class={form.card}>
        <p class={styles.keyCodeLarge}>{words.keyCode(ready.keyCode)}</p>
        {created ? (
          <>
            <p>{words.createdBackup(ready.backupFile)}</p>
            <p>{words.createdPublicKey(ready.publicKeyFile)}</p>
            <PairCommand publicKeyFile={ready.publicKeyFile} />
          </>
        ) : (
          <p>{words.restoredNote}</p>
        )}
      </div>
      <div class={form.actions}>
        <button type="button" class={form.primary} onClick={onContinue}>
          {words.continue}
        </button>
      </div>
    </KeysStep>
  );
}
