import { Heading, Section } from '../../../../components/FormLayout/index.tsx';
import { Alert } from '../../../../components/Notice/index.tsx';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { KioskSettingsForm } from '../KioskSettingsForm/index.tsx';

/** The kiosk's settings, once read, in one form. */
export function SettingsSection() {
  const { words } = useAdminSession();
  const settings = useAdminData('admin.settings');
  return (
    <Section aria-labelledby="settings-title" aria-busy={!settings.data && !settings.problem}>
      <Heading id="settings-title">{words.sections.settings}</Heading>
      {settings.problem && <Alert>{settings.problem}</Alert>}
      {settings.data && <KioskSettingsForm stored={settings.data} onSaved={settings.set} />}
    </Section>
  );
}
