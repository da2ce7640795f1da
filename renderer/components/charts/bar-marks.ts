/**
 * The Plot marks of one or more distribution bars, one row each. Every bar is as long as the
 * others (shares of its own total), so parts of different size compare at a glance. A row whose
 * total is hidden or has no answers gets words in place of a bar.
 */
import { rectX, text, type Markish } from '@observablehq/plot';
import type { ValueLook } from '../scale-look.ts';
import type { ChartWords } from './chart-words.ts';
import type { Distribution, Segment } from './distribution.ts';
import { hatchPattern, hiddenFill } from './hatch.ts';

export type BarRow = { key: string; distribution: Distribution };

/** Below this share a segment is too narrow for its label; the table and legend still say it. */
const labelledShare = 8;
const hiddenLabelledShare = 24;

type Drawn = Segment & { key: string; x1: number; x2: number };

export function barMarks(
  rows: BarRow[],
  looks: ValueLook[],
  k: number,
  words: ChartWords,
  patternId: string,
) {
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
    const width = segment.x2 - segment.x1;
    if (segment.kind === 'hidden') return width >= hiddenLabelledShare ? words.hiddenEach(k) : '';
    return width >= labelledShare ? `${Math.round(width)} %` : '';
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
