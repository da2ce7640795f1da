import { useEffect, useState } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';
import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { languageTag } from '../../../../shared/languages.ts';
import type { PrintRequest } from '../../../../shared/print-page.ts';
import { useApi } from '../../../api/useApi.ts';
import { staffText } from '../../../i18n/staff/index.ts';
import { PosterPage } from '../../poster/PosterPage/index.tsx';
import { SocialReportPage } from '../SocialReportPage/index.tsx';
import { markPrintReady } from './print-ready.ts';
import styles from './style.module.css';

type Loaded =
  | { page: 'report'; report: Output<'staff.socialReport'> }
  | { page: 'poster'; poster: Output<'staff.poster'> }
  | { problem: string };

/**
 * A page made for printing alone, as its address asks (shared/print-page.ts): the social report or
 * the poster, with nothing of the staff tool around it. Once drawn it says so on <html>, which is
 * what the command line's Chromium waits for before it writes the PDF.
 */
export function PrintPage({ request }: { request: PrintRequest }) {
  const api = useApi<'staff'>();
  const [loaded, setLoaded] = useState<Loaded>();
  const { language } = request;
  useEffect(() => {
    document.documentElement.lang = languageTag[language];
    const filter = request.filter as ReportFilter;
    const asked =
      request.page === 'report'
        ? api
            .call('staff.socialReport', filter)
            .then((result) =>
              result.ok
                ? { page: 'report' as const, report: result.value }
                : { problem: result.error.message },
            )
        : api
            .call('staff.poster', { filter, language: language === 'fi' ? 'selko' : language })
            .then((result) =>
              result.ok
                ? { page: 'poster' as const, poster: result.value }
                : { problem: result.error.message },
            );
    void asked.then(setLoaded);
  }, []);
  useEffect(() => {
    if (loaded) markPrintReady('problem' in loaded ? 'failed' : 'drawn');
  }, [loaded]);

  const words = staffText(language).socialReport;
  return (
    <main class={styles.page}>
      {loaded === undefined && <p role="status">{words.loading}</p>}
      {loaded && 'problem' in loaded && <p role="alert">{loaded.problem}</p>}
      {loaded && 'report' in loaded && (
        <SocialReportPage report={loaded.report} words={words} language={language} level={1} />
      )}
      {loaded && 'poster' in loaded && <PosterPage poster={loaded.poster} level={1} />}
    </main>
  );
}
