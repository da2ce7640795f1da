import { createPortal } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';
import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Actions, Heading, Hint, Section, Subheading } from '../../../components/FormLayout/index.tsx';
import { Alert } from '../../../components/Notice/index.tsx';
import { useReportChoices } from '../../report-filter/useReportChoices.ts';
import { useStaff } from '../../useStaff.ts';
import { PosterPage } from '../../poster/PosterPage/index.tsx';
import { ReportChoice, type ReportChoiceForm } from '../ReportChoice/index.tsx';
import { ReportTextsForm } from '../ReportTextsForm/index.tsx';
import { SocialReportPage } from '../SocialReportPage/index.tsx';
import { printShown } from './print-shown.ts';
import styles from './style.module.css';

type Printing = 'report' | 'poster' | null;

/**
 * The social report for decision makers and the poster for the notice board: staff choose the
 * period and place, type the client panel's words and what changed, see both as they will print,
 * and print either. Only the one being printed goes to paper, without the tool around it.
 */
export function SocialReportSection() {
  const { api, words: staffWords, language } = useStaff();
  const words = staffWords.socialReport;
  const [form, setForm] = useState<ReportChoiceForm>(() => {
    const today = new Date();
    const quarter = Math.floor(today.getMonth() / 3) + 1;
    return { period: { kind: 'quarter', year: today.getFullYear(), quarter }, place: { kind: 'all' } };
  });
  const choices = useReportChoices();
  const [report, setReport] = useState<Output<'staff.socialReport'>>();
  const [poster, setPoster] = useState<Output<'staff.poster'>>();
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(0);
  const [printing, setPrinting] = useState<Printing>(null);
  const { period, place } = form;
  const filter: ReportFilter = { period, place, language: 'all', includeRepeats: false };
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    void api.call('staff.socialReport', filter).then((result) => {
      setProblem(result.ok ? undefined : result.error.message);
      setReport(result.ok ? result.value : undefined);
    });
    void api
      .call('staff.poster', { filter, language: language === 'fi' ? 'selko' : language })
      .then((result) => setPoster(result.ok ? result.value : undefined));
  }, [filterKey, saved, language]);
  useEffect(() => {
    if (printing) void printShown().finally(() => setPrinting(null));
  }, [printing]);

  return (
    <Section aria-labelledby="social-report-title" aria-busy={report === undefined && !problem}>
      <Heading id="social-report-title">{staffWords.sections.socialReport}</Heading>
      <Hint>{words.intro}</Hint>
      <ReportChoice form={form} choices={choices} onChange={setForm} />
      <ReportTextsForm period={period} onSaved={() => setSaved((count) => count + 1)} />
      <Actions>
        <Button look="primary" disabled={!report} onClick={() => setPrinting('report')}>
          {words.print}
        </Button>
        <Button look="secondary" disabled={!poster} onClick={() => setPrinting('poster')}>
          {words.printPoster}
        </Button>
      </Actions>
      {problem && <Alert>{problem}</Alert>}
      <Subheading level={3} id="social-report-preview">
        {words.preview}
      </Subheading>
      <div class={styles.preview} role="region" aria-labelledby="social-report-preview">
        {report ? (
          <SocialReportPage report={report} words={words} language={language} level={3} />
        ) : (
          !problem && <p role="status">{words.loading}</p>
        )}
      </div>
      <Subheading level={3} id="social-report-poster">
        {words.posterPreview}
      </Subheading>
      <div class={styles.preview} role="region" aria-labelledby="social-report-poster">
        {poster && <PosterPage poster={poster} level={3} />}
      </div>
      {printing &&
        createPortal(
          <div class={styles.printCopy}>
            {printing === 'report' && report && (
              <SocialReportPage report={report} words={words} language={language} level={1} />
            )}
            {printing === 'poster' && poster && <PosterPage poster={poster} level={1} />}
          </div>,
          document.body,
        )}
    </Section>
  );
}
