import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Actions } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { KeyCode } from '../KeyCode/index.tsx';
import { KeysStep } from '../KeysStep/index.tsx';
import { PairCommand } from '../PairCommand/index.tsx';

export type Ready = { keyCode: string } & (
  { backupFile: string; publicKeyFile: string } | { restored: true }
);

/** Keys made or restored: where the backup and the public key file are, and how kiosks are paired. */
export function KeysReady({ ready, onContinue }: { ready: Ready; onContinue(): void }) {
  const { words } = useStaff();
  const created = 'backupFile' in ready;
  return (
    <KeysStep id="keys-ready-title" title={created ? words.createdTitle : words.restoredTitle}>
      <Card>
        <KeyCode code={ready.keyCode} />
        {created ? (
          <>
            <p>{words.createdBackup(ready.backupFile)}</p>
            <p>{words.createdPublicKey(ready.publicKeyFile)}</p>
            <PairCommand publicKeyFile={ready.publicKeyFile} />
          </>
        ) : (
          <p>{words.restoredNote}</p>
        )}
      </Card>
      <Actions>
        <Button look="primary" onClick={onContinue}>
          {words.continue}
        </Button>
      </Actions>
    </KeysStep>
  );
}
