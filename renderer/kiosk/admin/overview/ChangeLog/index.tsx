import { pickText } from '../../../../../shared/languages.ts';
import { Card } from '../../../../components/Card/index.tsx';
import { Hint, Subheading } from '../../../../components/FormLayout/index.tsx';
import { Alert } from '../../../../components/Notice/index.tsx';
import { formatDay } from '../../../../i18n/format-day.ts';
import { formatTime } from '../../../../i18n/format-time.ts';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { readableDetail } from '../readable-detail.ts';
import styles from './style.module.css';

/** What reception changed and when, newest first, each subject by the name the settings use. */
export function ChangeLog() {
  const { words, language } = useAdminSession();
  const { data, problem } = useAdminData('admin.changeLog');
  // Questions are named by their wording, as reception knows them; by id only if the bank cannot be read.
  const bank = useAdminData('admin.questionBank');
  const wordings = new Map(
    bank.data?.entries.map((entry) => [entry.question.id, pickText(entry.question.texts, language)]),
  );
  const name = (questionId: string) => words.questionChanges.quoted(wordings.get(questionId) ?? questionId);
  const ready = data !== undefined && (bank.data !== undefined || bank.problem !== undefined);
  const when = (at: string) => {
    const [day = '', time = ''] = at.split('T');
    return words.changeLogAt(formatDay(day, language), formatTime(time, language));
  };
  return (
    <Card as="section" aria-labelledby="change-log-title">
      <Subheading level={3} id="change-log-title">
        {words.changeLogTitle}
      </Subheading>
      {problem && <Alert>{problem}</Alert>}
      {ready && data.entries.length === 0 && <Hint>{words.changeLogEmpty}</Hint>}
      {ready && data.entries.length > 0 && (
        <table class={styles.log}>
          <thead>
            <tr>
              <th scope="col">{words.changeLogWhen}</th>
              <th scope="col">{words.changeLogWhat}</th>
              <th scope="col">{words.changeLogDetail}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((entry, index) => (
              <tr key={index}>
                <td class={styles.when}>{when(entry.at)}</td>
                <td>{words.subjects[entry.subject] ?? entry.subject}</td>
                <td class={styles.detail}>{readableDetail(entry, words, language, name)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
