import { useId, useMemo } from 'preact/hooks';
import type { DashboardQuestion, ReportPlace } from '../../../../shared/contract/staff-reading.ts';
import { pickText } from '../../../../shared/languages.ts';
import { ComparisonChart } from '../../../components/charts/ComparisonChart/index.tsx';
import { countText } from '../../../components/charts/counts.ts';
import { DistributionBar } from '../../../components/charts/DistributionBar/index.tsx';
import { TrendChart } from '../../../components/charts/TrendChart/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import type { StaffDashboardWords } from '../../../i18n/staff/dashboard-fi.ts';
import { useStaff } from '../../useStaff.ts';
import styles from './style.module.css';

type Props = { question: DashboardQuestion; k: number; sideBySide: boolean };

/**
 * One wording of a question: its text in the staff's language, which question and version it is,
 * how many answered, how they answered, how that went over time, and the parts side by side.
 */
export function QuestionCard({ question, k, sideBySide }: Props) {
  const { words: staffWords, language } = useStaff();
  const words = staffWords.dashboard;
  const chart = { words: words.charts, language, k, scale: question.scale, level: 5 as const };
  const headingId = useId();
  // The same parts until the question or the language changes, so the chart is not drawn again.
  const parts = useMemo(
    () => question.comparison.map((part) => ({ label: partName(part.place, words), figure: part })),
    [question, words],
  );
  return (
    <Card as="section" class={styles.card} aria-labelledby={headingId}>
      <h4 id={headingId} class={styles.question}>
        {pickText(question.texts, language)}
      </h4>
      <p class={styles.meta}>
        {words.questionId(question.questionId, question.questionVersion)}
        {question.itemCode && ` · ${words.itemCode(question.itemCode)}`}
      </p>
      <p class={styles.count}>{words.answers(countText(question.total, k, words.charts))}</p>
      <div class={styles.charts}>
        <DistributionBar {...chart} title={words.distributionTitle} figure={question} tableOpen />
        <TrendChart {...chart} title={words.trendTitle[question.trend.unit]} trend={question.trend} />
      </div>
      {sideBySide &&
        (question.comparison.length > 0 ? (
          <ComparisonChart {...chart} title={words.comparisonTitle} parts={parts} />
        ) : (
          <p>{words.noParts}</p>
        ))}
    </Card>
  );
}

function partName(place: ReportPlace, words: StaffDashboardWords): string {
  if (place.kind === 'kiosk') return words.filter.kiosk(place.kioskId);
  if (place.kind === 'centre') return words.filter.centre(place.centre);
  return words.filter.allPlaces;
}
