import { useId, useMemo } from 'preact/hooks';
import type { PlotOptions } from '@observablehq/plot';
import type { Figure } from '../../../../shared/contract/staff-reading.ts';
import type { ScaleId } from '../../../../shared/scales.ts';
import { scaleLooks } from '../../scale-look.ts';
import { barMarks } from '../bar-marks.ts';
import type { ChartText } from '../chart-words.ts';
import { ChartFrame } from '../ChartFrame/index.tsx';
import { countText } from '../counts.ts';
import { distributionOf } from '../distribution.ts';
import { Legend } from '../Legend/index.tsx';
import { PlotFigure } from '../PlotFigure/index.tsx';

/** One part of the place (a centre, or a centre's kiosk), named as the screen names it. */
export type ComparedPart = { label: string; figure: Figure };

type Props = ChartText & {
  title: string;
  level: 3 | 4 | 5;
  parts: ComparedPart[];
  scale: ScaleId;
  k: number;
};

const rowHeight = 48;

/** The parts side by side: one distribution bar each, every bar the full width of its own total. */
export function ComparisonChart({ title, level, parts, scale, k, words, language }: Props) {
  const patternId = `hidden-${useId()}`;
  const looks = scaleLooks(language, scale);
  const rows = parts.map((part) => ({ key: part.label, distribution: distributionOf(part.figure) }));
  const options = useMemo(
    (): PlotOptions => ({
      width: 800,
      height: rows.length * rowHeight + 8,
      marginLeft: 200,
      marginRight: 0,
      marginTop: 4,
      marginBottom: 4,
      style: { fontSize: '16px' },
      x: { domain: [0, 100], axis: null },
      y: { domain: rows.map((row) => row.key), label: null, tickSize: 0, padding: 0.15 },
      marks: barMarks(rows, looks, k, words, patternId),
    }),
    [parts, scale, k, words, language],
  );
  const hasHidden = rows.some(
    ({ distribution }) =>
      distribution.kind === 'bar' && distribution.segments.some((s) => s.kind === 'hidden'),
  );
  return (
    <ChartFrame
      title={title}
      level={level}
      summary={words.comparisonSummary(parts.length)}
      showTable={words.showTable}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{words.place}</th>
              {looks.map((look) => (
                <th key={look.value} scope="col">
                  {look.label}
                </th>
              ))}
              <th scope="col">{words.total}</th>
            </tr>
          </thead>
          <tbody>
            {parts.map((part) => (
              <tr key={part.label}>
                <th scope="row">{part.label}</th>
                {looks.map((look) => (
                  <td key={look.value}>
                    {countText(
                      part.figure.cells.find((cell) => cell.value === look.value)?.count ?? 0,
                      k,
                      words,
                    )}
                  </td>
                ))}
                <td>{countText(part.figure.total, k, words)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <PlotFigure options={options} />
      <Legend looks={looks} hidden={hasHidden ? words.hiddenEach(k) : undefined} />
    </ChartFrame>
  );
}
