import { useState } from 'preact/hooks';
import { useApi } from '../../../../api/useApi.ts';
import { Card } from '../../../../components/Card/index.tsx';
import { Heading, Section, Subheading } from '../../../../components/FormLayout/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { PinEntry } from '../../PinEntry/index.tsx';
import { useWrongPinMessage } from '../../useWrongPinMessage.ts';

/**
 * The only way out of the full-screen kiosk, and it asks for the PIN again: an admin view left
 * open must not let a passer-by reach the computer underneath. The PIN opens a fresh session
 * through the ordinary unlock (wrong PINs count towards the lockout), and that session closes it.
 */
export function ExitSection({ onExited }: { onExited(): void }) {
  const api = useApi<'kiosk'>();
  const { words } = useAdminSession();
  const wrongPinMessage = useWrongPinMessage();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function exit(pin: string) {
    setBusy(true);
    const refused = (why: string) => {
      setBusy(false);
      setMessage(why);
    };
    const unlocked = await api.call('admin.unlock', { pin });
    if (!unlocked.ok) return refused(unlocked.error.message);
    const outcome = unlocked.value;
    if (!outcome.unlocked) return refused(wrongPinMessage(outcome));
    const exited = await api.call('admin.exit', { token: outcome.token });
    if (!exited.ok) return refused(exited.error.message);
    onExited();
  }

  return (
    <Section aria-labelledby="exit-title">
      <Heading id="exit-title">{words.exitTitle}</Heading>
      <p>{words.exitNote}</p>
      <Card>
        <Subheading level={3}>{words.exitPinTitle}</Subheading>
        <PinEntry words={words} busy={busy} message={message} onSubmit={(pin) => void exit(pin)} />
      </Card>
    </Section>
  );
}
