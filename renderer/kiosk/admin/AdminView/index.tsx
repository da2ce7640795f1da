import { useMemo, useState } from 'preact/hooks';
import { useApi } from '../../../api/useApi.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Warning } from '../../../components/FormLayout/index.tsx';
import { LanguageButtons } from '../../../components/LanguageButtons/index.tsx';
import { SectionNav } from '../../../components/SectionNav/index.tsx';
import { adminLanguages, type AdminDictionary, type AdminLanguage } from '../../../i18n/admin/index.ts';
import { AdminSessionContext, createAdminSession } from '../admin-session.ts';
import { BankSection } from '../bank/BankSection/index.tsx';
import { ExitSection } from '../exit/ExitSection/index.tsx';
import { OpeningHoursSection } from '../hours/OpeningHoursSection/index.tsx';
import { LanSection } from '../lan/LanSection/index.tsx';
import { Overview } from '../overview/Overview/index.tsx';
import { ChangePinSection } from '../pin/ChangePinSection/index.tsx';
import { SettingsSection } from '../settings/SettingsSection/index.tsx';
import { TodaySection } from '../today/TodaySection/index.tsx';
import { UsbSection } from '../usb/UsbSection/index.tsx';
import { useKeepAlive } from '../useKeepAlive.ts';
import styles from './style.module.css';

const sections = ['overview', 'usb', 'lan', 'today', 'bank', 'hours', 'settings', 'pin', 'exit'] as const;
type Section = (typeof sections)[number];

type Props = {
  words: AdminDictionary;
  language: AdminLanguage;
  token: string;
  /** The PIN that opened the view is shorter than a new one may be: ask for it to be changed. */
  pinTooShort: boolean;
  onClose(): void;
  /** The core ended the session (idle too long, or the PIN was reset): back to the client's screen. */
  onExpired(): void;
  /** The kiosk was closed to the operating system. */
  onExited(): void;
  onLanguage(language: AdminLanguage): void;
};

/**
 * What reception sees once unlocked: a few sections behind big buttons. None of them reads a
 * single answer, a breakdown by value or a comment: the core offers no such call to the kiosk.
 */
export function AdminView({
  words,
  language,
  token,
  pinTooShort,
  onClose,
  onExpired,
  onExited,
  onLanguage,
}: Props) {
  const api = useApi<'kiosk'>();
  const [section, setSection] = useState<Section>('overview');
  const [remindOfShortPin, setRemindOfShortPin] = useState(pinTooShort);
  const session = useMemo(() => createAdminSession(api, token, words, language, onExpired), [token, words]);
  useKeepAlive(session);

  return (
    <AdminSessionContext.Provider value={session}>
      <main class={styles.view}>
        <header class={styles.header}>
          <h1 class={styles.title}>{words.viewTitle}</h1>
          <p class={styles.note}>{words.locksItself}</p>
          <LanguageButtons
            options={adminLanguages}
            chosen={language}
            label={words.adminLanguage}
            look="header"
            onChoose={onLanguage}
          />
          <Button look="lock" onClick={onClose}>
            {words.close}
          </Button>
        </header>
        <SectionNav
          sections={sections}
          current={section}
          label={words.sectionsLabel}
          names={words.sections}
          onChoose={setSection}
        />
        <div class={styles.content}>
          {remindOfShortPin && <Warning class={styles.reminder}>{words.shortPinReminder}</Warning>}
          {section === 'overview' && <Overview />}
          {section === 'usb' && <UsbSection />}
          {section === 'lan' && <LanSection />}
          {section === 'today' && <TodaySection />}
          {section === 'bank' && <BankSection />}
          {section === 'hours' && <OpeningHoursSection />}
          {section === 'settings' && <SettingsSection />}
          {section === 'pin' && <ChangePinSection onChanged={() => setRemindOfShortPin(false)} />}
          {section === 'exit' && <ExitSection onExited={onExited} />}
        </div>
      </main>
    </AdminSessionContext.Provider>
  );
}
