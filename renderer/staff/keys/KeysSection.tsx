import { useState } from 'preact/hooks';
import { Card } from '../../components/Card/index.tsx';
import { Heading, Hint, Section } from '../../components/FormLayout/index.tsx';
import { useStaff, useStaffData } from '../staff-context.ts';
import styles from '../style.module.css';
import { AnotherBackupForm } from './AnotherBackupForm.tsx';
import { PublicKeyFileForm } from './PublicKeyFileForm.tsx';
import { pathsOn, untouched } from './stick-paths.ts';
import { StickChoices, type Stick } from './StickChoices.tsx';

/**
 * With the keys open: their code, another backup and the public key file again. In the app the
 * keys are sealed with a passphrase only the system keyring knows, so the command line cannot
 * do either: this section is the way. One stick button fills both forms' paths.
 */
export function KeysSection() {
  const { words } = useStaff();
  const { data: keys } = useStaffData('staff.keys');
  const [paths, setPaths] = useState({ backupFile: '', publicKeyFile: '' });
  const useStick = (stick: Stick) => setPaths(pathsOn(stick));
  const offerStick = (stick: Stick) => setPaths((current) => (untouched(current) ? pathsOn(stick) : current));

  return (
    <Section aria-labelledby="keys-title">
      <Heading id="keys-title">{words.sections.keys}</Heading>
      <Hint>{words.keysIntro}</Hint>
      {keys?.keyCode && (
        <Card as="p" class={styles.keyCodeLarge}>
          {words.keyCode(keys.keyCode)}
        </Card>
      )}
      <StickChoices onChoose={useStick} onFirstSeen={offerStick} />
      <AnotherBackupForm
        backupFile={paths.backupFile}
        onBackupFileInput={(backupFile) => setPaths((current) => ({ ...current, backupFile }))}
      />
      <PublicKeyFileForm
        publicKeyFile={paths.publicKeyFile}
        onPublicKeyFileInput={(publicKeyFile) => setPaths((current) => ({ ...current, publicKeyFile }))}
      />
    </Section>
  );
}
