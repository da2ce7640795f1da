import type { ComponentChildren } from 'preact';
import { form } from '../form.ts';
import { useFocusOnShow } from '../use-focus.ts';

/**
 * A file the Keys section wrote: its heading takes focus as it appears, so keyboard and
 * screen-reader users land on where the file is and what to do next. Give it `key={file}`, so a
 * second file written is shown (and focused) afresh.
 */
export function FileWritten({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <div class={form.card} role="group" aria-label={title}>
      <h4 class={form.subheading} tabIndex={-1} ref={heading}>
        {title}
      </h4>
      {children}
    </div>
  );
}
