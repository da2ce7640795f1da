import { useState } from 'preact/hooks';
import { Card } from '../../../../components/Card/index.tsx';
import { Heading, Section, Subheading } from '../../../../components/FormLayout/index.tsx';
import { Status } from '../../../../components/Notice/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { PinEntry } from '../../PinEntry/index.tsx';
import { useWrongPinMessage } from '../../useWrongPinMessage.ts';

type Stage =
  | { name: 'current'; message?: string | undefined }
  | { name: 'new'; current: string; message?: string | undefined }
  | { name: 'again'; current: string; first: string }
  | { name: 'changed' };

/**
 * The current PIN first, so a passer-by at an admin view left open cannot change it (a wrong one
 * counts towards the lockout), then the new PIN twice. `onChanged` tells the view, which stops
 * asking for a longer PIN.
 */
export function ChangePinSection({ onChanged }: { onChanged(): void }) {
  const { words, call } = useAdminSession();
  const wrongPinMessage = useWrongPinMessage();
  const [stage, setStage] = useState<Stage>({ name: 'current' });
  const [busy, setBusy] = useState(false);

  async function change(current: string, newPin: string) {
    setBusy(true);
    const result = await call('admin.changePin', { currentPin: current, newPin });
    setBusy(false);
    if (!result.ok) setStage({ name: 'current', message: words.notSaved(result.error.message) });
    else if (result.value.changed) {
      setStage({ name: 'changed' });
      onChanged();
    } else setStage({ name: 'current', message: wrongPinMessage(result.value) });
  }

  const titles = {
    current: words.currentPinTitle,
    new: words.newPinTitle,
    again: words.newPinAgainTitle,
    changed: words.changePinTitle,
  };
  return (
    <Section aria-labelledby="pin-title">
      <Heading id="pin-title">{words.changePinTitle}</Heading>
      {stage.name === 'changed' ? (
        <Status>{words.pinChanged}</Status>
      ) : (
        <Card>
          <Subheading level={3}>{titles[stage.name]}</Subheading>
          <PinEntry
            key={stage.name}
            words={words}
            busy={busy}
            choosing={stage.name !== 'current'}
            message={stage.name === 'again' ? undefined : stage.message}
            onSubmit={(pin) => {
              // The pad is drawn afresh for each step (its key), so the step it answers is this one.
              if (stage.name === 'again' && pin === stage.first) void change(stage.current, pin);
              else setStage((previous) => afterPin(previous, pin, words.pinsDiffer));
            }}
          />
        </Card>
      )}
    </Section>
  );
}

/** The step after a PIN typed at one that only leads on; the last, changing it, is a call to the core. */
function afterPin(stage: Stage, pin: string, pinsDiffer: string): Stage {
  switch (stage.name) {
    case 'current':
      return { name: 'new', current: pin };
    case 'new':
      return { name: 'again', current: stage.current, first: pin };
    case 'again':
      return { name: 'new', current: stage.current, message: pinsDiffer };
    case 'changed':
      return stage;
  }
}
