import { languages, languageTag } from '../../../../../shared/languages.ts';
import { maxQuestionTextLength } from '../../../../../shared/question-limits.ts';
import { Field } from '../../../../components/Field/index.tsx';
import { Grid } from '../../../../components/FormLayout/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import type { Edit } from '../../edit.ts';
import type { TextFields } from '../question-form.ts';

type Props = { values: TextFields; onEdit: Edit<TextFields>; multiline?: boolean };

/** One text in each kiosk language: Finnish is required, an empty other field falls back to it. */
export function LocalizedFields({ values, onEdit, multiline = false }: Props) {
  const { words } = useAdminSession();
  return (
    <Grid>
      {languages.map((language) => (
        <Field
          key={language}
          type={multiline ? 'multiline' : 'text'}
          label={words.textIn[language]}
          lang={languageTag[language]}
          required={language === 'fi'}
          maxLength={maxQuestionTextLength}
          value={values[language]}
          onChange={(value) => onEdit((previous) => ({ ...previous, [language]: value }))}
        />
      ))}
    </Grid>
  );
}
