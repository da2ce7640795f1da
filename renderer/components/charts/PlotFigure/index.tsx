import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { plot, type PlotOptions } from '@observablehq/plot';
import styles from './style.module.css';

type Props = {
  /** The drawing for the width it has; the same function (memoised) until what it draws changes. */
  draw(width: number): PlotOptions;
  class?: string | undefined;
};

/** Narrower than this a chart's words would overlap; the table beside it still says everything. */
const leastWidth = 240;

/**
 * An Observable Plot drawing as plain SVG, hidden from screen readers: every chart gives the same
 * numbers as a table beside it. It is drawn as wide as the room it has, so its words keep their
 * size on any screen and on paper. Plot puts a <style> element inside its SVG, which the
 * renderer's Content-Security-Policy (no inline styles) refuses; it is taken out before the SVG
 * reaches the page, and this module's CSS does its job.
 */
export function PlotFigure({ draw, class: placement }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.clientWidth));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (width < leastWidth) return;
    const drawing = plot({ ...draw(width), width, ...(styles.plot && { className: styles.plot }) });
    drawing.querySelectorAll('style').forEach((element) => element.remove());
    holder.current?.replaceChildren(drawing);
    return () => drawing.remove();
  }, [draw, width]);
  return <div ref={holder} class={placement} aria-hidden="true" />;
}
