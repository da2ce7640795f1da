import type { DashboardQuestion } from '../../../../shared/contract/staff-reading.ts';
import { pickText } from '../../../../shared/languages.ts';
import { DistributionBar } from '../../../components/charts/DistributionBar/index.tsx';
import { countText } from '../../../components/charts/counts.ts';
import { scaleLabel } from '../../../i18n/index.ts';
import type { StaffLanguage } from '../../../i18n/staff/index.ts';
import type { StaffSocialReportDictionary } from '../../../i18n/staff/social-report-fi.ts';
import styles from './style.module.css';

type Props = {
  question: DashboardQuestion;
  k: number;
  words: StaffSocialReportDictionary;
  language: StaffLanguage;
  /** The question's heading level, one under its area's. */
  level: 3 | 5;
};

/**
 * One question of the report: its words, its item code, its answers drawn as a bar and written as
 * a table. Printed as one block that a page break never cuts; a hidden count reads "fewer than k".
 */
export function QuestionBlock({ question, k, words, language, level }: Props) {
  const title = pickText(question.texts, language);
  return (
    <article class={styles.block} data-question={question.questionId}>
      <DistributionBar
        title={title}
        level={level}
        figure={question}
        scale={question.scale}
        k={k}
        words={words.charts}
        language={language}
      />
      {question.itemCode && <p class={styles.code}>{words.itemCode(question.itemCode)}</p>}
      <table class={styles.table}>
        <caption class={styles.caption}>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{words.answer}</th>
            <th scope="col">{words.count}</th>
          </tr>
        </thead>
        <tbody>
          {question.cells.map((cell) => (
            <tr key={cell.value}>
              <th scope="row">{scaleLabel(language, question.scale, cell.value)}</th>
              <td>{countText(cell.count, k, words.charts)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{words.total}</th>
            <td>{countText(question.total, k, words.charts)}</td>
          </tr>
        </tfoot>
      </table>
    </article>
  );
}
