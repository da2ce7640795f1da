import type { RenderFunction } from '@observablehq/plot';

/** The look of cells hidden by the small-cell rule: grey with diagonal lines, never a face's colour. */
export const hiddenFill = (patternId: string) => `url(#${patternId})`;

/**
 * A Plot mark that only defines the hatch pattern hidden segments are filled with. Its id is the
 * chart's own, so two charts on a page never share (or lose) one.
 */
export function hatchPattern(patternId: string): RenderFunction {
  return (_index, _scales, _values, _dimensions, context) => {
    const svgNs = 'http://www.w3.org/2000/svg';
    const create = (tag: string, attributes: Record<string, string>) => {
      const element = context.document.createElementNS(svgNs, tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      return element;
    };
    const defs = create('defs', {});
    const pattern = create('pattern', {
      id: patternId,
      width: '8',
      height: '8',
      patternUnits: 'userSpaceOnUse',
      patternTransform: 'rotate(45)',
    });
    pattern.append(
      create('rect', { width: '8', height: '8', fill: 'var(--chart-hidden)' }),
      create('line', {
        x1: '0',
        y1: '0',
        x2: '0',
        y2: '8',
        stroke: 'var(--chart-hidden-line)',
        'stroke-width': '3',
      }),
    );
    defs.append(pattern);
    return defs as SVGElement;
  };
}
