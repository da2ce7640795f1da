import { useState } from 'preact/hooks';
import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { Card } from '../../../components/Card/index.tsx';
import { Heading, Hint, Section, Subheading } from '../../../components/FormLayout/index.tsx';
import { Alert } from '../../../components/Notice/index.tsx';
import { SaveCsv } from '../../exports/SaveCsv/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { DashboardFilters } from '../DashboardFilters/index.tsx';
import { firstFilter, groupByArea } from '../filter-choices.ts';
import { MinCellSizeForm } from '../MinCellSizeForm/index.tsx';
import { QuestionCard } from '../QuestionCard/index.tsx';
import { useDashboard } from '../useDashboard.ts';
import styles from './style.module.css';

/**
 * What staff read each week: every question asked in the period and place chosen, under its THL
 * participation area, with its distribution, trend and, when asked, its parts side by side.
 * Every count has passed the small-cell rule in the core; a hidden one reads "fewer than k".
 */
export function DashboardSection() {
  const { words: staffWords } = useStaff();
  const words = staffWords.dashboard;
  const [filter, setFilter] = useState<ReportFilter>(firstFilter);
  const [sideBySide, setSideBySide] = useState(false);
  const { dashboard, problem, busy, reload } = useDashboard(filter);
  return (
    <Section aria-labelledby="dashboard-title">
      <Heading id="dashboard-title">{words.title}</Heading>
      <Hint>{words.intro}</Hint>
      <div class={styles.controls}>
        <DashboardFilters
          filter={filter}
          choices={dashboard?.choices}
          sideBySide={sideBySide}
          onFilter={setFilter}
          onSideBySide={setSideBySide}
        />
        {dashboard && <MinCellSizeForm minCellSize={dashboard.minCellSize} onChanged={reload} />}
      </div>
      {problem && <Alert>{problem}</Alert>}
      <div class={styles.results} aria-busy={busy}>
        {!dashboard ? (
          <p role="status">{words.loading}</p>
        ) : dashboard.questions.length === 0 ? (
          <Card>
            <p class={styles.empty}>{words.empty}</p>
            <p>{words.emptyAdvice}</p>
          </Card>
        ) : (
          groupByArea(dashboard.questions).map((group) => (
            <section
              key={group.area ?? 'none'}
              class={styles.area}
              aria-labelledby={`area-${group.area ?? 'none'}`}
            >
              <Subheading level={3} id={`area-${group.area ?? 'none'}`}>
                {group.area === null ? words.noArea : words.areas[group.area]}
              </Subheading>
              {group.questions.map((question) => (
                <QuestionCard
                  key={question.wording}
                  question={question}
                  k={dashboard.minCellSize}
                  sideBySide={sideBySide}
                />
              ))}
            </section>
          ))
        )}
      </div>
      {dashboard && dashboard.questions.length > 0 && <SaveCsv filter={filter} />}
    </Section>
  );
}
