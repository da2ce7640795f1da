import { whatFailed } from '../components/ErrorBoundary/what-failed.ts';
import { staffText } from '../i18n/staff/index.ts';
import { form } from './form.ts';
import { staffLanguageOfPage } from './page-language.ts';
import styles from './style.module.css';

/**
 * One of the staff tool's screens failed while drawing: what failed, in the error's own words
 * for whoever looks into it, and a reload, which starts the tool afresh.
 */
export function StaffFailure({ error }: { error: unknown }) {
  const words = staffText(staffLanguageOfPage(document.documentElement.lang));
  return (
    <div class={styles.page}>
      <main class={styles.main}>
        <h1 class={styles.title}>{words.failedTitle}</h1>
        <div role="alert" class={form.card}>
          <p class={styles.advice}>{words.failedAdvice}</p>
          <p class={form.hint}>
            {words.failedDetail} {whatFailed(error)}
          </p>
        </div>
        <div class={form.actions}>
          <button type="button" class={form.secondary} onClick={() => location.reload()}>
            {words.reloadPage}
          </button>
        </div>
      </main>
    </div>
  );
}
