import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { pickText } from '../../../../shared/languages.ts';
import { Heading, Hint, Section, Subheading } from '../../../components/FormLayout/index.tsx';
import { Alert } from '../../../components/Notice/index.tsx';
import { scaleLabel, text } from '../../../i18n/index.ts';
import { SaveCsv } from '../../exports/SaveCsv/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { useStaffData } from '../../useStaffData.ts';
import styles from './style.module.css';

/** What the tables below count: every answer of approved kiosks, quick repeats included. */
const everything: ReportFilter = {
  period: { kind: 'all' },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: true,
};

/** Answers per question in plain tables; counts under the reporting threshold are never shown. */
export function ReportSection() {
  const { words: staffWords, language } = useStaff();
  const words = text(language);
  const { data: report, problem } = useStaffData('staff.report');
  return (
    <Section aria-labelledby="report-title" aria-busy={report === undefined && !problem}>
      <Heading id="report-title">{staffWords.sections.report}</Heading>
      {problem && <Alert>{problem}</Alert>}
      {report && (
        <>
          <Subheading level={3}>{words.staffReportTitle}</Subheading>
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
          <Hint>{words.staffSuppressionNote(report.minCellSize)}</Hint>
          <SaveCsv filter={everything} />
        </>
      )}
    </Section>
  );
}
