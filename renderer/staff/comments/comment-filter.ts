import type { CommentShow } from '../../../shared/comment-decisions.ts';
import type { Input } from '../../../shared/contract/index.ts';
import type { Language } from '../../../shared/languages.ts';
import type { ReportPeriod } from '../../../shared/report-period.ts';

export type CommentQuery = Input<'staff.comments'>;

/**
 * The comment filters as the form holds them: every choice a plain value, so a select can show
 * it; `place` is 'all', 'centre:NAME', 'no-centre' or 'kiosk:ID'.
 */
export type CommentFilterForm = {
  periodKind: ReportPeriod['kind'];
  year: number;
  quarter: number;
  month: number;
  place: string;
  language: 'all' | Language;
  includeRepeats: boolean;
  search: string;
  show: CommentShow;
};

export function startingForm(today: Date): CommentFilterForm {
  return {
    periodKind: 'all',
    year: today.getFullYear(),
    quarter: Math.floor(today.getMonth() / 3) + 1,
    month: today.getMonth() + 1,
    place: 'all',
    language: 'all',
    includeRepeats: false,
    search: '',
    show: 'all',
  };
}

export const placeValue = {
  centre: (centre: string | null) => (centre === null ? 'no-centre' : `centre:${centre}`),
  kiosk: (kioskId: string) => `kiosk:${kioskId}`,
};

/** What the core is asked for: a whole month, quarter or year (or all time), one place. */
export function queryOf(form: CommentFilterForm): CommentQuery {
  const { year, quarter, month } = form;
  const period: ReportPeriod =
    form.periodKind === 'year'
      ? { kind: 'year', year }
      : form.periodKind === 'quarter'
        ? { kind: 'quarter', year, quarter }
        : form.periodKind === 'month'
          ? { kind: 'month', year, month }
          : { kind: 'all' };
  const place: CommentQuery['place'] =
    form.place === 'no-centre'
      ? { kind: 'centre', centre: null }
      : form.place.startsWith('centre:')
        ? { kind: 'centre', centre: form.place.slice('centre:'.length) }
        : form.place.startsWith('kiosk:')
          ? { kind: 'kiosk', kioskId: form.place.slice('kiosk:'.length) }
          : { kind: 'all' };
  return {
    period,
    place,
    language: form.language,
    includeRepeats: form.includeRepeats,
    search: form.search,
    show: form.show,
  };
}
