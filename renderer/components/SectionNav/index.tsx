import { Button } from '../Button/index.tsx';
import styles from './style.module.css';

type Props<S extends string> = {
  sections: readonly S[];
  current: S;
  /** What the navigation is, for screen readers. */
  label: string;
  names: Record<NoInfer<S>, string>;
  onChoose(section: NoInfer<S>): void;
};

/**
 * Big, plainly named buttons to a screen's sections; the open one is marked for sight and for
 * screen readers. It takes the grid area `nav` of the screen it stands in.
 */
export function SectionNav<S extends string>({ sections, current, label, names, onChoose }: Props<S>) {
  return (
    <nav class={styles.nav} aria-label={label}>
      {sections.map((section) => (
        <Button
          key={section}
          look="section"
          aria-current={section === current ? 'page' : undefined}
          onClick={() => onChoose(section)}
        >
          {names[section]}
        </Button>
      ))}
    </nav>
  );
}
