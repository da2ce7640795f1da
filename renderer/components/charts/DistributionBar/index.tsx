import { useId, useMemo } from 'preact/hooks';
import type { Figure } from '../../../../shared/contract/staff-reading.ts';
import type { ScaleId } from '../../../../shared/scales.ts';
import { scaleLooks, valueLook } from '../../scale-look.ts';
import { barMarks } from '../bar-marks.ts';
import type { ChartText } from '../chart-words.ts';
import { ChartFrame } from '../ChartFrame/index.tsx';
import { countText, shareText } from '../counts.ts';
import { distributionOf } from '../distribution.ts';
import { Legend } from '../Legend/index.tsx';
import { PlotFigure } from '../PlotFigure/index.tsx';

type Props = ChartText & {
  title: string;
  level: 3 | 4 | 5;
  figure: Figure;
  scale: ScaleId;
  /** The small-cell threshold the figure was protected with. */
  k: number;
};

/**
 * One question's answers as one horizontal bar, each answer in its face's colour; the hidden cells
 * share one grey segment, or, when the total is hidden too, no bar is drawn.
 */
export function DistributionBar({ title, level, figure, scale, k, words, language }: Props) {
  const patternId = `hidden-${useId()}`;
  const looks = scaleLooks(language, scale);
  const distribution = distributionOf(figure);
  const labelOf = (value: number) => valueLook(language, scale, value).label;
  const options = useMemo(
    () => ({
      width: 800,
      height: 56,
      margin: 0,
      x: { domain: [0, 100], axis: null },
      y: { axis: null },
      style: { fontSize: '18px' },
      marks: barMarks([{ key: '', distribution }], looks, k, words, patternId),
    }),
    [figure, scale, k, words, language],
  );
  const hasHidden = distribution.kind === 'bar' && distribution.segments.some((s) => s.kind === 'hidden');
  const summaryParts =
    distribution.kind === 'hidden'
      ? [words.totalHidden(k)]
      : distribution.kind === 'empty'
        ? [words.noAnswers]
        : [
            ...figure.cells.map((cell) => `${labelOf(cell.value)}: ${countText(cell.count, k, words)}`),
            `${words.total}: ${distribution.total}`,
          ];
  return (
    <ChartFrame
      title={title}
      level={level}
      summary={words.distributionSummary(summaryParts)}
      showTable={words.showTable}
      table={
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{words.answer}</th>
              <th scope="col">{words.count}</th>
              <th scope="col">{words.share}</th>
            </tr>
          </thead>
          <tbody>
            {figure.cells.map((cell) => (
              <tr key={cell.value}>
                <th scope="row">{labelOf(cell.value)}</th>
                <td>{countText(cell.count, k, words)}</td>
                <td>{shareText(cell.count, figure.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{words.total}</th>
              <td>{countText(figure.total, k, words)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      }
    >
      {distribution.kind === 'bar' ? (
        <>
          <PlotFigure options={options} />
          <Legend looks={looks} hidden={hasHidden ? words.hiddenEach(k) : undefined} />
        </>
      ) : (
        <p>{summaryParts[0]}</p>
      )}
    </ChartFrame>
  );
}
