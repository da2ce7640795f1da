import { useId, useState } from 'preact/hooks';
import type { Question } from '../../../../../shared/domain.ts';
import type { BankEntry } from '../../../../../shared/question-bank.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import { Fieldset } from '../../../../components/Fieldset/index.tsx';
import { Choice, Hint, Note, Section, Subheading } from '../../../../components/FormLayout/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { editPart } from '../../edit.ts';
import { QuestionPreview } from '../../preview/QuestionPreview/index.tsx';
import { SaveActions } from '../../SaveActions/index.tsx';
import { useSave } from '../../useSave.ts';
import { AreaPicker } from '../AreaPicker/index.tsx';
import { FollowUpEditor } from '../FollowUpEditor/index.tsx';
import { LocalizedFields } from '../LocalizedFields/index.tsx';
import { ItemCodeField } from '../ItemCodeField/index.tsx';
import { draftOf, formOf, isItemCodeValid, type QuestionForm } from '../question-form.ts';
import { ScalePicker } from '../ScalePicker/index.tsx';

type Props = {
  /** The question to change; none to write a new one. */
  entry?: BankEntry | undefined;
  onSaved(entry: BankEntry, message: string): void;
  onCancel(): void;
};

/**
 * Writes a new question or changes one: texts in each language, the scale, follow-up chips, free
 * text, the participation area and the item code, with a preview of the result. The core decides whether a
 * change is a new version; the editor says beforehand that changed wording will be one.
 */
export function QuestionEditor({ entry, onSaved, onCancel }: Props) {
  const { words, call } = useAdminSession();
  const [fields, setFields] = useState<QuestionForm>(() =>
    formOf(entry?.question, entry?.area ?? null, entry?.itemCode ?? null),
  );
  const [codeRefused, setCodeRefused] = useState(false);
  const [verbatim, setVerbatim] = useState(false);
  const { outcome, busy, save, refuse } = useSave();
  const id = useId();
  const set = (change: Partial<QuestionForm>) => setFields((previous) => ({ ...previous, ...change }));
  const draft = draftOf(fields);
  const { area: _, itemCode: __, ...asked } = draft;
  const preview: Question = { id: entry?.question.id ?? 'preview', version: 1, ...asked };

  function submit() {
    if (draft.texts.fi === '') return refuse(words.finnishRequired);
    setCodeRefused(!isItemCodeValid(fields.itemCode));
    if (!isItemCodeValid(fields.itemCode)) return refuse(words.itemCodeInvalid);
    for (const tone of ['positive', 'negative'] as const) {
      const missing = draft.followUps[tone].findIndex((chip) => chip.texts.fi === '');
      if (missing >= 0)
        return refuse(
          words.chipFinnishRequired(
            tone === 'positive' ? words.positiveChips : words.negativeChips,
            missing + 1,
          ),
        );
    }
    if (entry) {
      const before = entry.question.version;
      void save(call('admin.editQuestion', { questionId: entry.question.id, draft }), (saved) => {
        const message =
          saved.question.version > before ? words.questionSaved(saved.question.version) : words.saved;
        onSaved(saved, message);
        return message;
      });
    } else {
      void save(call('admin.addQuestion', { draft, verbatim }), (saved) => {
        onSaved(saved, words.questionAdded);
        return words.questionAdded;
      });
    }
  }

  return (
    <Section
      as="form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Subheading level={3} id={`${id}-title`}>
        {entry ? words.editQuestionTitle : words.newQuestionTitle}
      </Subheading>
      {entry && <Note>{words.newVersionNote}</Note>}
      <Fieldset legend={words.questionTexts}>
        <Hint>{words.fallbackHint}</Hint>
        <LocalizedFields values={fields.texts} multiline onEdit={editPart(setFields, 'texts')} />
      </Fieldset>
      <ScalePicker value={fields.scale} onChange={(scale) => set({ scale })} />
      <FollowUpEditor chips={fields.chips} onEdit={editPart(setFields, 'chips')} />
      <Card>
        <Choice>
          <input
            type="checkbox"
            checked={fields.freeText}
            onChange={(event) => set({ freeText: event.currentTarget.checked })}
          />
          {words.freeText}
        </Choice>
        {!entry && (
          <Choice>
            <input
              type="checkbox"
              checked={verbatim}
              onChange={(event) => setVerbatim(event.currentTarget.checked)}
            />
            {words.verbatim}
          </Choice>
        )}
      </Card>
      <AreaPicker value={fields.area} onChange={(area) => set({ area })} />
      <ItemCodeField
        value={fields.itemCode}
        invalid={codeRefused}
        onChange={(itemCode) => set({ itemCode })}
      />
      <QuestionPreview question={preview} />
      <SaveActions label={words.save} busy={busy} outcome={outcome} sticky>
        <Button look="secondary" onClick={onCancel}>
          {words.cancel}
        </Button>
      </SaveActions>
    </Section>
  );
}
