import { useMemo } from 'preact/hooks';
import { dot, line, ruleX, ruleY, text, type PlotOptions } from '@observablehq/plot';
import type { DashboardQuestion } from '../../../../shared/contract/staff-reading.ts';
import type { ChartText } from '../chart-words.ts';
import { ChartFrame } from '../ChartFrame/index.tsx';
import { countText } from '../counts.ts';
import { PlotFigure } from '../PlotFigure/index.tsx';
import { periodLabel } from '../period-label.ts';
import { positiveShareOf, type TrendShare } from '../trend.ts';
import styles from './style.module.css';

type Props = ChartText & {
  title: string;
  level: 3 | 4 | 5;
  trend: DashboardQuestion['trend'];
  scale: DashboardQuestion['scale'];
  k: number;
};

type Point = { label: string; share: TrendShare; total: number | null };

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
    share: positiveShareOf(scale, point),
    total: point.total,
  }));
  const options = useMemo((): PlotOptions => {
    const percentOf = (point: Point) => (point.share.kind === 'share' ? point.share.percent : NaN);
    const crowded = points.length > 12;
    return {
      width: 800,
      height: crowded ? 300 : 260,
      marginLeft: 56,
      marginBottom: crowded ? 80 : 40,
      marginTop: 24,
      style: { fontSize: '16px' },
      x: {
        type: 'point',
        domain: points.map((point) => point.label),
        label: null,
        padding: 0.4,
        tickRotate: crowded ? -45 : 0,
      },
      y: { domain: [0, 100], grid: true, label: `${words.positiveShare} (%)`, ticks: [0, 25, 50, 75, 100] },
      marks: [
        ruleY([0]),
        ruleX(
          points.filter((point) => point.share.kind === 'hidden'),
          {
            x: 'label',
            y1: 0,
            y2: 100,
            stroke: 'var(--chart-hidden-line)',
            strokeWidth: 3,
            strokeDasharray: '6,6',
          },
        ),
        text(
          points.filter((point) => point.share.kind === 'hidden'),
          {
            x: 'label',
            y: hiddenMarkAt,
            text: () => '?',
            fontSize: 24,
            fontWeight: 700,
            fill: 'var(--text)',
            stroke: 'var(--surface)',
            strokeWidth: 6,
            paintOrder: 'stroke',
          },
        ),
        line(points, { x: 'label', y: percentOf, stroke: 'var(--accent)', strokeWidth: 3 }),
        dot(
          points.filter((point) => point.share.kind === 'share'),
          { x: 'label', y: percentOf, r: 6, fill: 'var(--accent)', stroke: 'var(--surface)', strokeWidth: 2 },
        ),
      ],
    };
  }, [trend, scale, k, words, language]);
  const count = (kind: TrendShare['kind']) => points.filter((point) => point.share.kind === kind).length;
  return (
    <ChartFrame
      title={title}
      level={level}
      summary={words.trendSummary(count('share'), count('hidden'), count('empty'))}
      showTable={words.showTable}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{words.period}</th>
              <th scope="col">{words.positiveShare}</th>
              <th scope="col">{words.total}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.label}>
                <th scope="row">{point.label}</th>
                <td>{shareWords(point.share, k, words)}</td>
                <td>{countText(point.total, k, words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <PlotFigure options={options} />
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
