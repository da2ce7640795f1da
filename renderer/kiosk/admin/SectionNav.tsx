import { useAdminSession } from './admin-session.ts';
import styles from './view.module.css';

export const sections = ['overview', 'usb', 'today', 'bank', 'hours', 'settings', 'pin', 'exit'] as const;
export type Section = (typeof sections)[number];

/** Big, plainly named buttons to the admin sections; the open one is marked for sight and for screen readers. */
export function SectionNav({ current, onChoose }: { current: Section; onChoose(section: Section): void }) {
  const { words } = useAdminSession();
  return (
    <nav class={styles.nav} aria-label={words.sectionsLabel}>
      {sections.map((section) => (
        <button
          key={section}
          type="button"
          class={styles.navButton}
          aria-current={section === current ? 'page' : undefined}
          onClick={() => onChoose(section)}
        >
          {words.sections[section]}
        </button>
      ))}
    </nav>
  );
}
