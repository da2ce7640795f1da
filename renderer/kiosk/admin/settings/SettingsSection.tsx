import { useAdminData, useAdminSession } from '../admin-session.ts';
import form from '../form.module.css';
import { KioskSettingsForm } from './KioskSettingsForm.tsx';

/** The kiosk's settings, once read, in one form. */
export function SettingsSection() {
  const { words } = useAdminSession();
  const settings = useAdminData('admin.settings');
  return (
    <section
      class={form.section}
      aria-labelledby="settings-title"
      aria-busy={!settings.data && !settings.problem}
    >
      <h2 id="settings-title" class={form.heading}>
        {words.sections.settings}
      </h2>
      {settings.problem && (
        <p role="alert" class={form.problem}>
          {settings.problem}
        </p>
      )}
      {settings.data && <KioskSettingsForm stored={settings.data} onSaved={settings.set} />}
    </section>
  );
}
