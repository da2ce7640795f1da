import { useId } from 'preact/hooks';
import { pickText } from '../../../../../shared/languages.ts';
import type { BankEntry } from '../../../../../shared/question-bank.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import { Actions, Hint, List } from '../../../../components/FormLayout/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { describeScheduledUse } from '../describe-scheduled-use.ts';
import styles from './style.module.css';

type Props = {
  entries: readonly BankEntry[];
  busy: boolean;
  onOpen(entry: BankEntry): void;
  onArchive(entry: BankEntry, archived: boolean): void;
};

/** The bank's questions in use, then the archived ones folded away beneath them. */
export function BankList({ entries, busy, onOpen, onArchive }: Props) {
  const { words } = useAdminSession();
  const inUse = entries.filter((entry) => !entry.archived);
  const archived = entries.filter((entry) => entry.archived);
  const item = (entry: BankEntry) => (
    <BankItem key={entry.question.id} entry={entry} busy={busy} onOpen={onOpen} onArchive={onArchive} />
  );
  return (
    <>
      <List>{inUse.map(item)}</List>
      {archived.length > 0 && (
        <details class={styles.archived}>
          <summary class={styles.summary}>{words.archivedTitle(archived.length)}</summary>
          <Hint>{words.archivedNote}</Hint>
          <List>{archived.map(item)}</List>
        </details>
      )}
    </>
  );
}

function BankItem({ entry, busy, onOpen, onArchive }: { entry: BankEntry } & Omit<Props, 'entries'>) {
  const { words, language } = useAdminSession();
  const id = useId();
  const { question } = entry;
  // A question the schedule still asks cannot be archived: say why instead of offering a button that is refused.
  const held = !entry.archived && entry.scheduled.length > 0;
  const details = [
    words.scaleNames[question.scale],
    entry.area ? words.areaNames[entry.area] : words.noArea,
    ...(entry.itemCode ? [words.itemCodeShown(entry.itemCode)] : []),
    words.version(question.version),
  ];
  return (
    <Card as="li" class={styles.item} data-question-id={question.id}>
      <p id={`${id}-text`} class={styles.itemText}>
        {pickText(question.texts, language)}
      </p>
      <p class={styles.itemDetails}>
        {entry.verbatim && <span class={styles.badge}>{words.verbatimBadge}</span>}
        {details.join(' · ')}
      </p>
      <Actions>
        <Button look="secondary" aria-describedby={`${id}-text`} onClick={() => onOpen(entry)}>
          {entry.verbatim ? words.show : words.edit}
        </Button>
        {!held && (
          <Button
            look="secondary"
            aria-describedby={`${id}-text`}
            disabled={busy}
            onClick={() => onArchive(entry, !entry.archived)}
          >
            {entry.archived ? words.unarchive : words.archive}
          </Button>
        )}
      </Actions>
      {held && (
        <Hint>
          {words.archiveBlocked(
            entry.scheduled.map((use) => describeScheduledUse(use, words, language)).join(', '),
          )}
        </Hint>
      )}
    </Card>
  );
}
