import { useState } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Field } from '../../../components/Field/index.tsx';
import { Actions, Note, Row, Subheading } from '../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { TextField } from '../../../components/TextField/index.tsx';
import { useStaff } from '../../useStaff.ts';

type Props = {
  setting: Output<'staff.lanSetting'>;
  /** This PC's addresses on its networks, each a button that fills the address in. */
  choices: readonly string[];
  onChanged(): void;
};

/**
 * Where the staff app receives: an address of this PC (one of its own, or typed) and the port.
 * Saving turns receiving on there at once; the core checks what was typed and, when it refuses,
 * says what was wrong and keeps the setting as it was.
 */
export function LanSettingForm({ setting, choices, onChanged }: Props) {
  const { api, words } = useStaff();
  const t = words.lan;
  const [host, setHost] = useState(setting.host ?? choices[0] ?? '');
  const [port, setPort] = useState(String(setting.port));
  const [outcome, setOutcome] = useState<Outcome>();
  const busy = outcome?.tone === 'working';

  async function change(input: { enabled: false } | { enabled: true; host: string; port: number }) {
    setOutcome({ tone: 'working', message: t.saving });
    const result = await api.call('staff.setLan', input);
    if (!result.ok) return setOutcome({ tone: 'problem', message: words.notDone(result.error.message) });
    const lan = result.value;
    setOutcome(
      lan.state === 'off'
        ? { tone: 'done', message: t.turnedOff }
        : lan.state === 'failed'
          ? { tone: 'problem', message: t.notListening(lan.problem) }
          : { tone: 'done', message: t.turnedOn(lan.addresses.join(', ')) },
    );
    onChanged();
  }

  // A port that is not a whole number goes as one anyway, for the core to refuse in its words.
  const typedPort = () => (/^\s*\d+\s*$/.test(port) ? Number(port) : Number.NaN);
  return (
    <Card
      as="form"
      aria-labelledby="lan-setting-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void change({ enabled: true, host: host.trim(), port: typedPort() });
      }}
    >
      <Subheading level={3} id="lan-setting-title">
        {t.settingTitle}
      </Subheading>
      <Note>{t.settingIntro}</Note>
      <TextField
        label={t.addressLabel}
        hint={t.addressHint}
        value={host}
        autocomplete="off"
        invalid={outcome?.tone === 'problem'}
        onInput={setHost}
      />
      <Note>{choices.length > 0 ? t.addressChoices : t.noAddresses}</Note>
      {choices.length > 0 && (
        <Row>
          {choices.map((choice) => (
            <Button key={choice} look="secondary" onClick={() => setHost(choice)}>
              {t.useAddress(choice)}
            </Button>
          ))}
        </Row>
      )}
      <Field
        type="number"
        label={t.portLabel}
        hint={t.portHint(setting.defaultPort)}
        value={port}
        invalid={outcome?.tone === 'problem'}
        onChange={setPort}
      />
      <Actions>
        <Button look="primary" type="submit" disabled={busy}>
          {t.turnOn}
        </Button>
        {setting.enabled && (
          <Button look="secondary" disabled={busy} onClick={() => void change({ enabled: false })}>
            {t.turnOff}
          </Button>
        )}
        <Notice outcome={outcome} inRow />
      </Actions>
    </Card>
  );
}
