import { pickText } from '../../../shared/languages.ts';
import { scaleLabel, text } from '../../i18n/index.ts';
import { form } from '../form.ts';
import { useStaff, useStaffData } from '../staff-context.ts';
import styles from './style.module.css';

/** Answers per question in plain tables; counts under the reporting threshold are never shown. */
export function ReportSection() {
  const { words: staffWords, language } = useStaff();
  const words = text(language);
  const { data: report, problem } = useStaffData('staff.report');
  return (
    <section class={form.section} aria-labelledby="report-title" aria-busy={report === undefined && !problem}>
      <h2 id="report-title" class={form.heading}>
        {staffWords.sections.report}
      </h2>
      {problem && (
        <p role="alert" class={form.problem}>
          {problem}
        </p>
      )}
      {report && (
        <>
          <h3 class={form.subheading}>{words.staffReportTitle}</h3>
          {report.questions.length === 0 && <p>{words.staffNoAnswers}</p>}
          {report.questions.map((question, index) => (
            // Two kiosks may ask the same question and version in other words: the position tells them apart.
            <table key={`${index}:${question.questionId}@${question.questionVersion}`} class={styles.table}>
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
          <p class={form.hint}>{words.staffSuppressionNote(report.minCellSize)}</p>
        </>
      )}
    </section>
  );
}
