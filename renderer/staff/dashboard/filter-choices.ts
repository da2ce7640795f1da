/** What the dashboard starts from, and how it groups its questions. Kept apart from the screen so it can be tested. */
import type { DashboardQuestion, ReportFilter } from '../../../shared/contract/staff-reading.ts';
import type { ParticipationArea } from '../../../shared/participation-areas.ts';
import { participationAreas } from '../../../shared/participation-areas.ts';

/** What staff see first: all time, every kiosk and language, quick repeats left out. */
export const firstFilter: ReportFilter = {
  period: { kind: 'all' },
  place: { kind: 'all' },
  language: 'all',
  includeRepeats: false,
};

export type AreaGroup = { area: ParticipationArea | null; questions: DashboardQuestion[] };

/** The questions under their THL participation area, in THL's order; those with no area last. */
export function groupByArea(questions: readonly DashboardQuestion[]): AreaGroup[] {
  return [...participationAreas, null]
    .map((area) => ({ area, questions: questions.filter((question) => question.area === area) }))
    .filter((group) => group.questions.length > 0);
}
