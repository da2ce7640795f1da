import { useState } from 'preact/hooks';
import { Button } from '../../../components/Button/index.tsx';
import { Actions } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { StaffMain } from '../../StaffMain/index.tsx';
import { CreateKeysForm } from '../CreateKeysForm/index.tsx';
import { KeysReady, type Ready } from '../KeysReady/index.tsx';
import { KeysStep } from '../KeysStep/index.tsx';
import { RestoreKeysForm } from '../RestoreKeysForm/index.tsx';
import styles from './style.module.css';

type Stage = { name: 'choose' } | { name: 'create' } | { name: 'restore' } | { name: 'ready'; ready: Ready };

/**
 * No staff keys yet: new ones, which are not kept until their backup is written and opened
 * again, or the keys from a backup. There is no way past this screen without a backup.
 */
export function FirstRun({ onReady }: { onReady(): void }) {
  const [stage, setStage] = useState<Stage>({ name: 'choose' });
  const choose = () => setStage({ name: 'choose' });
  const ready = (result: Ready) => setStage({ name: 'ready', ready: result });
  return (
    <StaffMain>
      {stage.name === 'choose' && (
        <CreateOrRestore
          onCreate={() => setStage({ name: 'create' })}
          onRestore={() => setStage({ name: 'restore' })}
        />
      )}
      {stage.name === 'create' && <CreateKeysForm onBack={choose} onCreated={ready} />}
      {stage.name === 'restore' && <RestoreKeysForm onBack={choose} onRestored={ready} />}
      {stage.name === 'ready' && <KeysReady ready={stage.ready} onContinue={onReady} />}
    </StaffMain>
  );
}

function CreateOrRestore({ onCreate, onRestore }: { onCreate(): void; onRestore(): void }) {
  const { words } = useStaff();
  return (
    <KeysStep id="first-run-title" title={words.firstRunTitle}>
      <p class={styles.lead}>{words.firstRunIntro}</p>
      <Actions>
        <Button look="primary" onClick={onCreate}>
          {words.chooseCreate}
        </Button>
        <Button look="secondary" onClick={onRestore}>
          {words.chooseRestore}
        </Button>
      </Actions>
    </KeysStep>
  );
}
