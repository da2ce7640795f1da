import type { StaffKeyProblem } from '../../../../shared/staff-keys.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Actions, Heading, Hint, Section } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { StaffMain } from '../../StaffMain/index.tsx';
import styles from './style.module.css';

type Props = {
  /** What the core said, which names the file or the command. */
  message: string;
  /** Why the keys cannot be opened; null when the staff tool itself could not be reached. */
  kind: StaffKeyProblem | null;
  onRetry(): void;
};

/** The keys cannot be opened: what is wrong, what to do about it, and the core's own sentence. */
export function KeysProblem({ message, kind, onRetry }: Props) {
  const { words } = useStaff();
  return (
    <StaffMain>
      <Section aria-labelledby="keys-problem-title">
        <Heading id="keys-problem-title">
          {kind === 'passphrase-unavailable' ? words.problemNoPassphraseTitle : words.problemTitle}
        </Heading>
        <Card role="alert">
          {kind && <p class={styles.advice}>{words.problemAdvice[kind]}</p>}
          <Hint>
            {kind && `${words.problemDetail} `}
            {message}
          </Hint>
        </Card>
        <Actions>
          <Button look="secondary" onClick={onRetry}>
            {words.tryAgain}
          </Button>
        </Actions>
      </Section>
    </StaffMain>
  );
}
