import type { ComponentChildren } from 'preact';
import { Card } from '../../../components/Card/index.tsx';
import { Subheading } from '../../../components/FormLayout/index.tsx';
import { useFocusOnShow } from '../../useFocusOnShow.ts';

/**
 * A file the Keys section wrote: its heading takes focus as it appears, so keyboard and
 * screen-reader users land on where the file is and what to do next. Give it `key={file}`, so a
 * second file written is shown (and focused) afresh.
 */
export function FileWritten({ title, children }: { title: string; children: ComponentChildren }) {
  const heading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <Card role="group" aria-label={title}>
      <Subheading level={4} tabIndex={-1} ref={heading}>
        {title}
      </Subheading>
      {children}
    </Card>
  );
}
