import { Button } from '../../components/Button/index.tsx';
import { Card } from '../../components/Card/index.tsx';
import { whatFailed } from '../../components/ErrorBoundary/what-failed.ts';
import { Actions, Hint } from '../../components/FormLayout/index.tsx';
import { staffText } from '../../i18n/staff/index.ts';
import { staffLanguageOfPage } from '../page-language.ts';
import styles from './style.module.css';

/**
 * One of the staff tool's screens failed while drawing: what failed, in the error's own words
 * for whoever looks into it, and a reload, which starts the tool afresh.
 */
export function StaffFailure({ error }: { error: unknown }) {
  const words = staffText(staffLanguageOfPage(document.documentElement.lang));
  return (
    <main class={styles.page}>
      <h1 class={styles.title}>{words.failedTitle}</h1>
      <Card role="alert">
        <p class={styles.advice}>{words.failedAdvice}</p>
        <Hint>
          {words.failedDetail} {whatFailed(error)}
        </Hint>
      </Card>
      <Actions>
        <Button look="secondary" onClick={() => location.reload()}>
          {words.reloadPage}
        </Button>
      </Actions>
    </main>
  );
}
