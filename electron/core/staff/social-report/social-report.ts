import type { Database } from 'better-sqlite3';
import type {
  Dashboard,
  DashboardQuestion,
  ReportFilter,
} from '../../../../shared/contract/staff-reading.ts';
import type { SocialReport } from '../../../../shared/contract/staff-social-report.ts';
import { participationAreas, type ParticipationArea } from '../../../../shared/participation-areas.ts';
import { selectedComments } from '../comments/list-comments.ts';
import { buildDashboard } from '../reading/dashboard.ts';
import { findSequenceGaps } from '../sequence-gaps.ts';
import { readReportTexts } from './report-texts.ts';

/** THL's areas in their own order, then the questions tagged with none. */
const areaOrder: readonly (ParticipationArea | null)[] = [...participationAreas, null];

/**
 * The social report for a period and place: its centres and kiosks, the dashboard's questions by
 * participation area, the comments staff chose, the batches that never arrived, and the words
 * staff typed. Every figure is the dashboard's own, so the small-cell rule has already applied.
 */
export function buildSocialReport(db: Database, filter: ReportFilter): SocialReport {
  const dashboard = buildDashboard(db, filter);
  const covered = coveredPlaces(dashboard);
  const kioskSet = new Set(covered.kiosks);
  return {
    minCellSize: dashboard.minCellSize,
    filter,
    range: dashboard.range,
    centres: covered.centres,
    kiosks: covered.kiosks,
    areas: byArea(dashboard.questions),
    comments: selectedComments(db, filter).map((comment) => ({
      text: comment.text,
      question: comment.texts,
    })),
    gaps: findSequenceGaps(db).filter((gap) => kioskSet.has(gap.kioskId)),
    texts: readReportTexts(db, filter.period),
  };
}

function byArea(questions: readonly DashboardQuestion[]): SocialReport['areas'] {
  return areaOrder.flatMap((area) => {
    const inArea = questions.filter((question) => question.area === area);
    return inArea.length === 0 ? [] : [{ area, questions: inArea }];
  });
}

/** The approved kiosks the filter's place stands for, and their centres. */
function coveredPlaces({ filter, choices }: Dashboard): { centres: (string | null)[]; kiosks: string[] } {
  const { place } = filter;
  const parts = choices.centres.flatMap(({ centre, kiosks }) =>
    kiosks
      .filter((kioskId) =>
        place.kind === 'all'
          ? true
          : place.kind === 'centre'
            ? centre === place.centre
            : kioskId === place.kioskId,
      )
      .map((kioskId) => ({ centre, kioskId })),
  );
  return {
    centres: [...new Set(parts.map((part) => part.centre))],
    kiosks: parts.map((part) => part.kioskId),
  };
}
