import { useEffect, useState } from 'preact/hooks';
import type { Output } from '../../../../../shared/contract/index.ts';
import type { LanStatus } from '../../../../../shared/lan-status.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import { Actions, Hint, List, Subheading } from '../../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../../components/Notice/index.tsx';
import { TextField } from '../../../../components/TextField/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { LanCodes } from '../LanCodes/index.tsx';
import { checkLanAddress } from '../../../../../shared/lan-address.ts';
import styles from './style.module.css';

type Discovered = Output<'admin.lanDiscover'>;
type Answered = Extract<Output<'admin.lanHello'>, { answered: true }>;

/**
 * Choosing the staff PC: those found on the network (a hint only), or an address typed in; then
 * the three codes to compare with the staff PC's screen, and only then the request to pair.
 */
export function LanFind({ onStarted }: { onStarted(status: LanStatus): void }) {
  const { words, call } = useAdminSession();
  const [found, setFound] = useState<Discovered>();
  const [typed, setTyped] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [answered, setAnswered] = useState<Answered>();
  const [outcome, setOutcome] = useState<Outcome>();

  async function search() {
    setFound(undefined);
    const result = await call('admin.lanDiscover', {});
    setFound(result.ok ? result.value : { found: [], problem: result.error.message });
  }
  useEffect(() => void search(), []);

  async function ask(text: string) {
    setAnswered(undefined);
    const checked = checkLanAddress(text);
    setInvalid(!checked.ok);
    if (!checked.ok) return setOutcome({ tone: 'problem', message: words.lan.addressIssue[checked.issue] });
    setOutcome({ tone: 'working', message: words.lan.asking });
    const result = await call('admin.lanHello', { address: checked.address });
    if (!result.ok) return setOutcome({ tone: 'problem', message: result.error.message });
    const hello = result.value;
    if (!hello.answered)
      return setOutcome({ tone: 'problem', message: words.lan.problem(hello.problem, hello.code) });
    setOutcome(undefined);
    setAnswered(hello);
  }

  async function requestPairing(address: string) {
    setOutcome({ tone: 'working', message: words.lan.requesting });
    const result = await call('admin.lanPair', { address });
    if (!result.ok) return setOutcome({ tone: 'problem', message: result.error.message });
    const pair = result.value;
    if (!pair.started)
      return setOutcome({ tone: 'problem', message: words.lan.problem(pair.problem, pair.code) });
    setOutcome(undefined);
    onStarted(pair.status);
  }

  if (answered) {
    return (
      <Card class={styles.compare}>
        <Subheading level={3}>{words.lan.compareTitle(answered.receiver.name)}</Subheading>
        <Hint>{words.lan.compareHint}</Hint>
        <LanCodes
          receiverCode={answered.receiver.code}
          staffKeyCodes={answered.staffKeyCodes}
          kioskCode={answered.kioskCode}
        />
        <Actions>
          <Button look="primary" onClick={() => void requestPairing(answered.receiver.address)}>
            {words.lan.codesMatch}
          </Button>
          <Button look="secondary" onClick={() => setAnswered(undefined)}>
            {words.cancel}
          </Button>
        </Actions>
        <Notice outcome={outcome} />
      </Card>
    );
  }

  return (
    <>
      <Card class={styles.found} aria-busy={found === undefined}>
        <Subheading level={3}>{words.lan.foundTitle}</Subheading>
        {found === undefined && <p class={styles.line}>{words.lan.searching}</p>}
        {found?.problem && <p class={styles.line}>{found.problem}</p>}
        {found && !found.problem && found.found.length === 0 && (
          <p class={styles.line}>{words.lan.noneFound}</p>
        )}
        {found && found.found.length > 0 && (
          <>
            <Hint>{words.lan.foundHint}</Hint>
            <List aria-label={words.lan.foundTitle}>
              {found.found.map((receiver) => (
                <li key={receiver.address}>
                  <Button
                    look="secondary"
                    class={styles.receiver}
                    onClick={() => {
                      setTyped(receiver.address);
                      void ask(receiver.address);
                    }}
                  >
                    {words.lan.pairedTo(receiver.name, receiver.address)}
                  </Button>
                </li>
              ))}
            </List>
          </>
        )}
        <Actions>
          <Button look="secondary" disabled={found === undefined} onClick={() => void search()}>
            {words.lan.searchAgain}
          </Button>
        </Actions>
      </Card>
      <form
        class={styles.typed}
        onSubmit={(event) => {
          event.preventDefault();
          void ask(typed);
        }}
      >
        <TextField
          label={words.lan.addressLabel}
          hint={words.lan.addressHint}
          value={typed}
          autocomplete="off"
          invalid={invalid}
          onInput={(value) => {
            setTyped(value);
            setInvalid(false);
          }}
        />
        <Actions>
          <Button look="primary" type="submit">
            {words.lan.ask}
          </Button>
        </Actions>
        <Notice outcome={outcome} />
      </form>
    </>
  );
}
