import { useState } from 'preact/hooks';
import { SectionNav } from '../../components/SectionNav/index.tsx';
import { CommentsSection } from '../comments/CommentsSection/index.tsx';
import { DashboardSection } from '../dashboard/DashboardSection/index.tsx';
import { ImportSection } from '../import/ImportSection/index.tsx';
import { KeysSection } from '../keys/KeysSection/index.tsx';
import { KiosksSection } from '../kiosks/KiosksSection/index.tsx';
import { LanSection } from '../lan/LanSection/index.tsx';
import { SocialReportSection } from '../social-report/SocialReportSection/index.tsx';
import { useStaff } from '../useStaff.ts';
import { StaffMain } from '../StaffMain/index.tsx';
import styles from './style.module.css';

const sections = ['dashboard', 'comments', 'socialReport', 'import', 'kiosks', 'network', 'keys'] as const;
type Section = (typeof sections)[number];

/**
 * With the keys open: the results, the clients' comments, the social report and poster, bringing
 * batches in, the kiosks they came from, receiving over the network, and the keys' backups.
 */
export function StaffView() {
  const { words } = useStaff();
  const [section, setSection] = useState<Section>('dashboard');
  return (
    <div class={styles.view}>
      <SectionNav
        sections={sections}
        current={section}
        label={words.sectionsLabel}
        names={words.sections}
        onChoose={setSection}
      />
      <StaffMain class={styles.content}>
        {section === 'dashboard' && <DashboardSection />}
        {section === 'comments' && <CommentsSection />}
        {section === 'socialReport' && <SocialReportSection />}
        {section === 'import' && <ImportSection onOpenKiosks={() => setSection('kiosks')} />}
        {section === 'kiosks' && <KiosksSection />}
        {section === 'network' && <LanSection />}
        {section === 'keys' && <KeysSection />}
      </StaffMain>
    </div>
  );
}
