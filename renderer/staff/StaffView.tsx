import { useState } from 'preact/hooks';
import { SectionNav } from '../components/SectionNav/index.tsx';
import { ImportSection } from './import/ImportSection.tsx';
import { KeysSection } from './keys/KeysSection.tsx';
import { KiosksSection } from './kiosks/KiosksSection.tsx';
import { ReportSection } from './report/ReportSection.tsx';
import { useStaff } from './staff-context.ts';
import styles from './style.module.css';

const sections = ['report', 'import', 'kiosks', 'keys'] as const;
type Section = (typeof sections)[number];

/** With the keys open: the report, bringing batches in, the kiosks they came from, and the keys' backups. */
export function StaffView() {
  const { words } = useStaff();
  const [section, setSection] = useState<Section>('report');
  return (
    <div class={styles.view}>
      <SectionNav
        sections={sections}
        current={section}
        label={words.sectionsLabel}
        names={words.sections}
        onChoose={setSection}
      />
      <main class={styles.main}>
        {section === 'report' && <ReportSection />}
        {section === 'import' && <ImportSection onOpenKiosks={() => setSection('kiosks')} />}
        {section === 'kiosks' && <KiosksSection />}
        {section === 'keys' && <KeysSection />}
      </main>
    </div>
  );
}
