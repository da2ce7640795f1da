import { useEffect, useState } from 'preact/hooks';
import { adminIdleSeconds } from '../../../shared/admin-access.ts';
import type { Output } from '../../../shared/contract/index.ts';
import type { Language } from '../../../shared/languages.ts';
import { useApi } from '../../api/useApi.ts';
import { Button } from '../../components/Button/index.tsx';
import { StatusMessage } from '../../components/StatusMessage/index.tsx';
import { adminLanguageFor, adminText } from '../../i18n/admin/index.ts';
import { useIdleTimeout } from '../useIdleTimeout.ts';
import { AdminPanel } from './AdminPanel/index.tsx';
import { AdminView } from './AdminView/index.tsx';
import { NewKioskCheck } from './NewKioskCheck/index.tsx';
import { PinPad } from './PinPad/index.tsx';

type Stage =
  | { name: 'checking' }
  | { name: 'locked'; seconds: number }
  | { name: 'new-kiosk' }
  | { name: 'ask-it' }
  | { name: 'choose'; message?: string }
  | { name: 'confirm'; first: string }
  | { name: 'enter'; message?: string }
  | { name: 'open'; token: string; pinTooShort: boolean }
  | { name: 'exited' }
  | { name: 'problem' };

/** Where the hidden corner leads, by whether the kiosk has a PIN and who may set the first. */
const stageFor: Record<Output<'admin.access'>['pin'], Stage> = {
  set: { name: 'enter' },
  choose: { name: 'new-kiosk' },
  'ask-it': { name: 'ask-it' },
};

/**
 * `language` is the centre's first language: reception starts in it (standard Finnish where it is
 * easy Finnish) and may switch in the admin view.
 */
type Props = { language: Language; onClose(): void };

/**
 * Everything behind the hidden corner: choosing the first PIN (on a new kiosk, after saying what
 * that means; on one in use, only IT can), entering it, and the admin view. Whatever the stage, a
 * minute without a touch locks it and returns to the client's screen.
 */
export function AdminArea({ language: clientLanguage, onClose }: Props) {
  const api = useApi<'kiosk'>();
  const [language, setLanguage] = useState(() => adminLanguageFor(clientLanguage));
  const words = adminText(language);
  const [stage, setStage] = useState<Stage>({ name: 'checking' });
  const [busy, setBusy] = useState(false);

  function close() {
    if (stage.name === 'open') void api.call('admin.lock', { token: stage.token });
    onClose();
  }
  // Once the kiosk is closed there is nothing left to lock, and no client screen to return to.
  useIdleTimeout(adminIdleSeconds * 1000, close, stage.name !== 'exited');

  async function checkAccess() {
    const result = await api.call('admin.access', {});
    if (!result.ok) setStage({ name: 'problem' });
    else if (result.value.lockedForSeconds !== null)
      setStage({ name: 'locked', seconds: result.value.lockedForSeconds });
    else setStage(stageFor[result.value.pin]);
  }
  useEffect(() => void checkAccess(), []);

  async function unlock(pin: string) {
    setBusy(true);
    const result = await api.call('admin.unlock', { pin });
    setBusy(false);
    if (!result.ok) setStage({ name: 'problem' });
    else if (result.value.unlocked)
      setStage({ name: 'open', token: result.value.token, pinTooShort: result.value.pinTooShort });
    else if (result.value.lockedForSeconds !== null)
      setStage({ name: 'locked', seconds: result.value.lockedForSeconds });
    else setStage({ name: 'enter', message: words.wrongPin(result.value.triesLeft) });
  }

  async function chooseFirst(first: string, again: string) {
    if (first !== again) {
      setStage({ name: 'choose', message: words.pinsDiffer });
      return;
    }
    setBusy(true);
    const result = await api.call('admin.setFirstPin', { pin: first });
    setBusy(false);
    if (result.ok) setStage({ name: 'open', token: result.value.token, pinTooShort: false });
    // IT set a PIN meanwhile, or the kiosk took its first answer: the core says what to show now.
    else await checkAccess();
  }

  const pad = (
    title: string,
    onSubmit: (pin: string) => void,
    { message, choosing = false }: { message?: string | undefined; choosing?: boolean } = {},
  ) => (
    <PinPad
      words={words}
      title={title}
      message={message}
      busy={busy}
      choosing={choosing}
      onSubmit={onSubmit}
      onCancel={close}
    />
  );

  switch (stage.name) {
    case 'checking':
      return <AdminPanel busy />;
    case 'problem':
      return (
        <StatusMessage tone="problem" message={words.problem}>
          {closeButton(words.close, close)}
        </StatusMessage>
      );
    case 'locked':
      return (
        <StatusMessage tone="problem" message={words.lockedOut(stage.seconds)}>
          {closeButton(words.close, close)}
        </StatusMessage>
      );
    case 'new-kiosk':
      return <NewKioskCheck words={words} onConfirm={() => setStage({ name: 'choose' })} onCancel={close} />;
    case 'ask-it':
      return (
        <StatusMessage tone="calm" message={words.askItForPin}>
          {closeButton(words.close, close)}
        </StatusMessage>
      );
    case 'choose':
      return pad(words.choosePinTitle, (first) => setStage({ name: 'confirm', first }), {
        message: stage.message,
        choosing: true,
      });
    case 'confirm': {
      const { first } = stage;
      return pad(words.confirmPinTitle, (again) => void chooseFirst(first, again), { choosing: true });
    }
    case 'enter':
      return pad(words.enterPinTitle, (pin) => void unlock(pin), { message: stage.message });
    case 'open':
      return (
        <AdminView
          words={words}
          language={language}
          token={stage.token}
          pinTooShort={stage.pinTooShort}
          onClose={close}
          onExpired={onClose}
          onExited={() => setStage({ name: 'exited' })}
          onLanguage={setLanguage}
        />
      );
    case 'exited':
      return <StatusMessage tone="calm" message={words.exited} />;
  }
}

function closeButton(label: string, onClick: () => void) {
  return (
    <Button look="leave" onClick={onClick}>
      {label}
    </Button>
  );
}
