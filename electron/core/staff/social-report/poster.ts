import type { Database } from 'better-sqlite3';
import type { DashboardQuestion, ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import type { Poster, PosterLanguage } from '../../../../shared/contract/staff-social-report.ts';
import { pickText } from '../../../../shared/languages.ts';
import { scales, toneOf } from '../../../../shared/scales.ts';
import { buildDashboard } from '../reading/dashboard.ts';

/**
 * A poster is read in passing: two questions in large type with their faces, not the whole
 * report, on one A4 page in every language (a third spilled onto a second page in Swedish).
 */
export const posterQuestionLimit = 2;

/**
 * The easy-language poster: the (at most two) questions with the most answers, from the
 * dashboard's protected figures only. A wording whose total is hidden or under k is left out, and
 * "most were positive" is claimed only where the counts shown prove it without any hidden one.
 */
export function buildPoster(db: Database, filter: ReportFilter, language: PosterLanguage): Poster {
  const dashboard = buildDashboard(db, filter);
  const shown = dashboard.questions.flatMap((question) =>
    question.total !== null && question.total >= dashboard.minCellSize
      ? [{ question, total: question.total }]
      : [],
  );
  shown.sort((a, b) => b.total - a.total);
  return {
    language,
    filter,
    range: dashboard.range,
    minCellSize: dashboard.minCellSize,
    questions: shown.slice(0, posterQuestionLimit).map(({ question, total }) => ({
      text: pickText(question.texts, language),
      scale: question.scale,
      total,
      cells: question.cells,
      mostPositive: provenMostlyPositive(question, total),
    })),
  };
}

/**
 * More than half of the total is positive counting only the cells shown: a hidden cell adds
 * nothing. Only faces and agreement say good or bad: a plain yes may answer "did you wait too long?".
 */
function provenMostlyPositive(question: DashboardQuestion, total: number): boolean {
  if (scales[question.scale].kind === 'choice') return false;
  const positive = question.cells
    .filter((cell) => toneOf(question.scale, cell.value) === 'positive')
    .reduce((sum, cell) => sum + (cell.count ?? 0), 0);
  return positive * 2 > total;
}
