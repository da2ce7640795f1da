import { useEffect, useRef } from 'preact/hooks';
import { plot, type PlotOptions } from '@observablehq/plot';
import styles from './style.module.css';

type Props = { options: PlotOptions; class?: string | undefined };

/**
 * An Observable Plot drawing as plain SVG, hidden from screen readers: every chart gives the same
 * numbers as a table beside it. Plot puts a <style> element inside its SVG, which the renderer's
 * Content-Security-Policy (no inline styles) refuses; it is taken out before the SVG reaches the
 * page, and this module's CSS does its job.
 */
export function PlotFigure({ options, class: placement }: Props) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const drawing = plot({ ...options, ...(styles.plot && { className: styles.plot }) });
    drawing.querySelectorAll('style').forEach((element) => element.remove());
    holder.current?.replaceChildren(drawing);
    return () => drawing.remove();
  }, [options]);
  return <div ref={holder} class={placement} aria-hidden="true" />;
}
