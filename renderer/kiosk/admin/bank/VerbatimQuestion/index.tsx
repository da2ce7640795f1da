import { useId, useState } from 'preact/hooks';
import { languages, languageTag, pickText } from '../../../../../shared/languages.ts';
import type { BankEntry } from '../../../../../shared/question-bank.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import { Hint, Note, Section, Subheading } from '../../../../components/FormLayout/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { QuestionPreview } from '../../preview/QuestionPreview/index.tsx';
import { ScaleSample } from '../../preview/ScaleSample/index.tsx';
import { SaveActions } from '../../SaveActions/index.tsx';
import { useSave } from '../../useSave.ts';
import { AreaPicker } from '../AreaPicker/index.tsx';
import { ItemCodeField } from '../ItemCodeField/index.tsx';
import { isItemCodeValid, itemCodeOf } from '../question-form.ts';
import styles from './style.module.css';

type Props = { entry: BankEntry; onSaved(entry: BankEntry, message: string): void; onCancel(): void };

/**
 * A verbatim question, shown and never edited: its wording was copied from a source such as THL's
 * national set, and changing it would break the comparison it was copied for. Only the
 * participation area and the item code, which are not part of what clients are asked, can still
 * be changed (a changed code is a new version with the same wording).
 */
export function VerbatimQuestion({ entry, onSaved, onCancel }: Props) {
  const { words, language, call } = useAdminSession();
  const [area, setArea] = useState(entry.area);
  const [itemCode, setItemCode] = useState(entry.itemCode ?? '');
  const [codeRefused, setCodeRefused] = useState(false);
  const { outcome, busy, save, refuse } = useSave();
  const id = useId();
  const { question } = entry;

  const unchangedCode = itemCodeOf(itemCode) === entry.itemCode;

  function submit() {
    setCodeRefused(!isItemCodeValid(itemCode));
    if (!isItemCodeValid(itemCode)) return refuse(words.itemCodeInvalid);
    const { id: _, version: __, ...unchanged } = question;
    void save(
      call('admin.editQuestion', {
        questionId: question.id,
        draft: { ...unchanged, area, itemCode: itemCodeOf(itemCode) },
      }),
      (saved) => {
        onSaved(saved, words.saved);
        return words.saved;
      },
    );
  }

  return (
    <Section
      as="form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Subheading level={3} id={`${id}-title`}>
        {words.verbatimQuestionTitle}
      </Subheading>
      <Note>{words.verbatimNote}</Note>
      <Card>
        <dl class={styles.readOnly}>
          {languages.map((text) => (
            <div key={text}>
              <dt>{words.textIn[text]}</dt>
              <dd lang={languageTag[text]}>{question.texts[text] ?? '–'}</dd>
            </div>
          ))}
          <div>
            <dt>{words.scaleTitle}</dt>
            <dd>
              {words.scaleNames[question.scale]}
              <ScaleSample scale={question.scale} language={language} />
            </dd>
          </div>
          {(['positive', 'negative'] as const).map((tone) => (
            <div key={tone}>
              <dt>{tone === 'positive' ? words.positiveChips : words.negativeChips}</dt>
              <dd>
                {question.followUps[tone].map((chip) => pickText(chip.texts, language)).join(', ') || '–'}
              </dd>
            </div>
          ))}
          <div>
            <dt>{words.freeText}</dt>
            <dd>{question.freeText ? words.yes : words.no}</dd>
          </div>
        </dl>
      </Card>
      <AreaPicker value={area} onChange={setArea} />
      <ItemCodeField value={itemCode} invalid={codeRefused} onChange={setItemCode} />
      <Hint>{words.verbatimAreaNote}</Hint>
      <QuestionPreview question={question} />
      <SaveActions
        label={words.save}
        busy={busy}
        disabled={area === entry.area && unchangedCode}
        outcome={outcome}
      >
        <Button look="secondary" onClick={onCancel}>
          {words.backToBank}
        </Button>
      </SaveActions>
    </Section>
  );
}
