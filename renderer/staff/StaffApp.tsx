import { useEffect, useState } from 'preact/hooks';
import type { Report } from '../../shared/contract.ts';
import { defaultLanguage, pickText } from '../../shared/languages.ts';
import { useApi } from '../api/context.ts';
import { StatusMessage } from '../components/StatusMessage/index.tsx';
import { scaleLabel, text } from '../i18n/index.ts';
import styles from './style.module.css';

/** The staff tool's first view: answers per question in plain tables, small counts hidden. */
export function StaffApp() {
  const api = useApi<'staff'>();
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const language = defaultLanguage;
  const words = text(language);

  useEffect(() => {
    void api.call('staff.report', {}).then((result) => {
      if (result.ok) setReport(result.value);
      else setProblem(result.error.message);
    });
  }, []);

  if (problem) return <StatusMessage tone="problem" message={problem} />;
  if (!report) return <main class={styles.page} aria-busy="true" />;

  return (
    <main class={styles.page}>
      <h1>{words.staffReportTitle}</h1>
      {report.questions.length === 0 && <p>{words.staffNoAnswers}</p>}
      {report.questions.map((question) => (
        <table key={`${question.questionId}@${question.questionVersion}`} class={styles.table}>
          <caption>{pickText(question.texts, language)}</caption>
          <thead>
            <tr>
              <th scope="col">{words.staffAnswer}</th>
              <th scope="col">{words.staffCount}</th>
            </tr>
          </thead>
          <tbody>
            {question.cells.map((cell) => (
              <tr key={cell.value}>
                <th scope="row">{scaleLabel(language, question.scale, cell.value)}</th>
                <td>{cell.count ?? words.staffSuppressed(report.minCellSize)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{words.staffTotal}</th>
              <td>{question.total ?? words.staffSuppressed(report.minCellSize)}</td>
            </tr>
          </tfoot>
        </table>
      ))}
      <p class={styles.note}>{words.staffSuppressionNote(report.minCellSize)}</p>
    </main>
  );
}
