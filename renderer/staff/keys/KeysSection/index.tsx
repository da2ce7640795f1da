import { useState } from 'preact/hooks';
import { Heading, Hint, Section } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { useStaffData } from '../../useStaffData.ts';
import { AnotherBackupForm } from '../AnotherBackupForm/index.tsx';
import { KeyCode } from '../KeyCode/index.tsx';
import { PublicKeyFileForm } from '../PublicKeyFileForm/index.tsx';
import { pathsOn, untouched } from '../stick-paths.ts';
import { StickChoices, type Stick } from '../StickChoices/index.tsx';

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
      {keys?.keyCode && <KeyCode code={keys.keyCode} framed />}
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
