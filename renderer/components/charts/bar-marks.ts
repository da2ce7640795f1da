/**
 * The Plot marks of one or more distribution bars, one row each. Every bar is as long as the
 * others (shares of its own total), so parts of different size compare at a glance. A row whose
 * total is hidden or has no answers gets words in place of a bar.
 */
import { rectX, text, type Markish } from '@observablehq/plot';
import type { ValueLook } from '../scale-look.ts';
import type { ChartWords } from '../../i18n/chart-words.ts';
import type { Distribution, Segment } from './distribution.ts';
import { hatchPattern, hiddenFill } from './hatch.ts';

export type BarRow = { key: string; distribution: Distribution };

/**
 * About how wide a character of a segment's label is (bold, 16px), and the room kept either side:
 * a label that would not fit inside its segment is left out; the table and legend still say it.
 */
const labelCharWidth = 9.5;
const labelPadding = 12;

type Drawn = Segment & { key: string; x1: number; x2: number };

type Look = {
  looks: ValueLook[];
  k: number;
  words: ChartWords;
  /** The chart's own hatch pattern for hidden segments. */
  patternId: string;
  /** How many pixels a whole bar spans. */
  barWidth: number;
};

export function barMarks(rows: BarRow[], { looks, k, words, patternId, barWidth }: Look) {
  const drawn: Drawn[] = rows.flatMap(({ key, distribution }) =>
    distribution.kind === 'bar'
      ? distribution.segments.map((segment) => ({
          ...segment,
          key,
          x1: (segment.start / distribution.total) * 100,
          x2: ((segment.start + segment.count) / distribution.total) * 100,
        }))
      : [],
  );
  const colourOf = (segment: Drawn) =>
    segment.kind === 'hidden'
      ? hiddenFill(patternId)
      : (looks.find((look) => look.value === segment.value)?.colour ?? 'var(--line-soft)');
  const labelOf = (segment: Drawn) => {
    const share = segment.x2 - segment.x1;
    const label = segment.kind === 'hidden' ? words.hiddenEach(k) : `${Math.round(share)} %`;
    const fits = label.length * labelCharWidth + 2 * labelPadding <= (share / 100) * barWidth;
    return fits ? label : '';
  };
  const unbarred = rows.filter((row) => row.distribution.kind !== 'bar');
  const marks: Markish[] = [
    hatchPattern(patternId),
    rectX(drawn, {
      x1: 'x1',
      x2: 'x2',
      y: 'key',
      fill: colourOf,
      stroke: 'var(--surface)',
      strokeWidth: 2,
    }),
    text(drawn, {
      x: (segment: Drawn) => (segment.x1 + segment.x2) / 2,
      y: 'key',
      text: labelOf,
      fill: 'var(--text)',
      stroke: 'var(--surface)',
      strokeWidth: 4,
      paintOrder: 'stroke',
      fontWeight: 600,
    }),
    text(unbarred, {
      x: 0,
      y: 'key',
      textAnchor: 'start',
      dx: 8,
      fill: 'var(--text)',
      text: (row: BarRow) => (row.distribution.kind === 'hidden' ? words.totalHidden(k) : words.noAnswers),
    }),
  ];
  return marks;
}
