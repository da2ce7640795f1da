import { useCallback } from 'preact/hooks';
import { dot, line, ruleX, ruleY, text, type PlotOptions } from '@observablehq/plot';
import type { DashboardQuestion } from '../../../../shared/contract/staff-reading.ts';
import type { ChartText } from '../../../i18n/chart-words.ts';
import { ChartFrame } from '../ChartFrame/index.tsx';
import { countText } from '../counts.ts';
import { PlotFigure } from '../PlotFigure/index.tsx';
import { periodLabel, periodTick } from '../period-label.ts';
import { positiveShareOf, type TrendShare } from '../trend.ts';
import styles from './style.module.css';

type Props = ChartText & {
  title: string;
  level: 3 | 4 | 5;
  trend: DashboardQuestion['trend'];
  scale: DashboardQuestion['scale'];
  k: number;
};

/** A point's full name (the table's, and the axis's key) and the short one its axis shows. */
type Point = { label: string; tick: string; share: TrendShare; total: number | null };

/** Where a hidden point's mark sits on the 0–100 % axis: mid-height, clear of the line's ends. */
const hiddenMarkAt = 50;

/**
 * The share of positive answers week by week (in a month) or month by month: a line through the
 * points that can be shown, broken at points that cannot. A point hidden by the small-cell rule
 * is a dashed line with a question mark, never a zero; a point without answers is left empty.
 */
export function TrendChart({ title, level, trend, scale, k, words, language }: Props) {
  const points: Point[] = trend.points.map((point) => ({
    label: periodLabel(language, trend.unit, point.from, point.to),
    tick: periodTick(language, trend.unit, point.from),
    share: positiveShareOf(scale, point),
    total: point.total,
  }));
  const draw = useCallback(
    (width: number): PlotOptions => {
      const percentOf = (point: Point) => (point.share.kind === 'share' ? point.share.percent : NaN);
      const hidden = points.filter((point) => point.share.kind === 'hidden');
      const marginLeft = 56;
      // A point's label needs its characters and a little room; where they would touch, they slant.
      const tickRoom = Math.max(...points.map((point) => point.tick.length)) * 9 + 16;
      const crowded = points.length * tickRoom > width - marginLeft - 24;
      return {
        height: crowded ? 300 : 260,
        marginLeft,
        marginRight: 24,
        marginBottom: crowded ? 80 : 40,
        marginTop: 24,
        style: { fontSize: '16px' },
        x: {
          type: 'point',
          domain: points.map((point) => point.label),
          tickFormat: (label: string) => points.find((point) => point.label === label)?.tick ?? label,
          label: null,
          padding: 0.4,
          tickRotate: crowded ? -45 : 0,
        },
        y: { domain: [0, 100], grid: true, label: `${words.positiveShare} (%)`, ticks: [0, 25, 50, 75, 100] },
        marks: [
          ruleY([0]),
          ruleX(hidden, {
            x: 'label',
            y1: 0,
            y2: 100,
            stroke: 'var(--chart-hidden-line)',
            strokeWidth: 3,
            strokeDasharray: '6,6',
          }),
          text(hidden, {
            x: 'label',
            y: hiddenMarkAt,
            text: () => '?',
            fontSize: 24,
            fontWeight: 700,
            fill: 'var(--text)',
            stroke: 'var(--surface)',
            strokeWidth: 6,
            paintOrder: 'stroke',
          }),
          line(points, { x: 'label', y: percentOf, stroke: 'var(--accent)', strokeWidth: 3 }),
          dot(
            points.filter((point) => point.share.kind === 'share'),
            {
              x: 'label',
              y: percentOf,
              r: 6,
              fill: 'var(--accent)',
              stroke: 'var(--surface)',
              strokeWidth: 2,
            },
          ),
        ],
      };
    },
    [trend, scale, k, words, language],
  );
  const count = (kind: TrendShare['kind']) => points.filter((point) => point.share.kind === kind).length;
  return (
    <ChartFrame
      title={title}
      level={level}
      summary={words.trendSummary(count('share'), count('hidden'), count('empty'))}
      showTable={words.showTable}
      columns={[words.period, words.positiveShare, words.total]}
      rows={
        <>
          {points.map((point) => (
            <tr key={point.label}>
              <th scope="row">{point.label}</th>
              <td>{shareWords(point.share, k, words)}</td>
              <td>{countText(point.total, k, words)}</td>
            </tr>
          ))}
        </>
      }
    >
      <PlotFigure draw={draw} />
      <ul class={styles.key}>
        <li>
          <span class={styles.line} /> {words.positiveShare}
        </li>
        <li>
          <span class={styles.hidden}>?</span> {words.hiddenPoint(k)}
        </li>
      </ul>
    </ChartFrame>
  );
}

function shareWords(share: TrendShare, k: number, words: ChartText['words']): string {
  if (share.kind === 'share') return `${Math.round(share.percent)} %`;
  return share.kind === 'hidden' ? words.hiddenPoint(k) : words.emptyPoint;
}
