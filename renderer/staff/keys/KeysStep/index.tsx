import type { ComponentChildren } from 'preact';
import { Heading, Section } from '../../../components/FormLayout/index.tsx';
import { useFocusOnShow } from '../../useFocusOnShow.ts';

type StepProps = { id: string; title: string; children: ComponentChildren };

/** One step of the first run; its heading takes focus as the step appears, where reading starts. */
export function KeysStep({ id, title, children }: StepProps) {
  const heading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <Section aria-labelledby={id}>
      <Heading id={id} tabIndex={-1} ref={heading}>
        {title}
      </Heading>
      {children}
    </Section>
  );
}
