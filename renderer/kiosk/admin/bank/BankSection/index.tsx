import { useState } from 'preact/hooks';
import type { BankEntry } from '../../../../../shared/question-bank.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Actions, Heading, Section } from '../../../../components/FormLayout/index.tsx';
import { Alert, Notice } from '../../../../components/Notice/index.tsx';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { useSave } from '../../useSave.ts';
import { BankList } from '../BankList/index.tsx';
import { QuestionEditor } from '../QuestionEditor/index.tsx';
import { VerbatimQuestion } from '../VerbatimQuestion/index.tsx';

/** Either the list or one question open; `entry` absent means a new question. */
type Open = { entry?: BankEntry } | null;

/** The question bank: every question with what reception knows of it, and where to add, change or archive one. */
export function BankSection() {
  const { words, call } = useAdminSession();
  const bank = useAdminData('admin.questionBank');
  const [open, setOpen] = useState<Open>(null);
  const { outcome, busy, save, setOutcome } = useSave();

  const replace = (saved: BankEntry) =>
    bank.set((current) => ({ entries: withEntry(current?.entries ?? [], saved) }));

  function saved(entry: BankEntry, message: string) {
    replace(entry);
    setOpen(null);
    setOutcome({ tone: 'done', message });
  }

  const archive = (entry: BankEntry, archived: boolean) =>
    void save(call('admin.archiveQuestion', { questionId: entry.question.id, archived }), (changed) => {
      replace(changed);
      return archived ? words.archived : words.unarchived;
    });

  const cancel = () => {
    setOpen(null);
    setOutcome(undefined);
  };

  return (
    <Section aria-labelledby="bank-title" aria-busy={!bank.data && !bank.problem}>
      <Heading id="bank-title">{words.sections.bank}</Heading>
      {bank.problem && <Alert>{bank.problem}</Alert>}
      {open === null ? (
        <>
          <Actions>
            <Button look="primary" onClick={() => setOpen({})}>
              {words.addQuestion}
            </Button>
            <Notice outcome={outcome} inRow />
          </Actions>
          {bank.data && (
            <BankList
              entries={bank.data.entries}
              busy={busy}
              onOpen={(entry) => setOpen({ entry })}
              onArchive={archive}
            />
          )}
        </>
      ) : open.entry?.verbatim ? (
        <VerbatimQuestion entry={open.entry} onSaved={saved} onCancel={cancel} />
      ) : (
        <QuestionEditor entry={open.entry} onSaved={saved} onCancel={cancel} />
      )}
    </Section>
  );
}

/** The bank's entries with one saved: in its place if the bank had it, else added at the end. */
function withEntry(entries: readonly BankEntry[], saved: BankEntry): BankEntry[] {
  const known = entries.some((entry) => entry.question.id === saved.question.id);
  return known
    ? entries.map((entry) => (entry.question.id === saved.question.id ? saved : entry))
    : [...entries, saved];
}
