import type { SocialReport } from '../../../../shared/contract/staff-social-report.ts';
import { pickText } from '../../../../shared/languages.ts';
import { missingCount, missingNumbers } from '../../../../shared/sequence-gap.ts';
import { formatDay } from '../../../i18n/format-day.ts';
import type { StaffLanguage } from '../../../i18n/staff/index.ts';
import type { StaffSocialReportDictionary } from '../../../i18n/staff/social-report-fi.ts';
import { QuestionBlock } from '../QuestionBlock/index.tsx';
import styles from './style.module.css';

type Props = {
  report: SocialReport;
  words: StaffSocialReportDictionary;
  language: StaffLanguage;
  /** The heading level of the report's title where it stands: 1 on its own page, 3 in the staff tool's preview. */
  level: 1 | 3;
};

/**
 * The social report as decision makers read it, on screen and on A4: who and when, the answers by
 * participation area, the clients' own words, what is missing, the panel's words and what changed,
 * and the small-cell rule in one sentence.
 */
export function SocialReportPage({ report, words, language, level }: Props) {
  const Title = level === 1 ? 'h1' : 'h3';
  const Part = level === 1 ? 'h2' : 'h4';
  const k = report.minCellSize;
  return (
    <article class={styles.report} lang={language}>
      <header class={styles.header}>
        <Title class={styles.title}>
          {words.title}: {words.periodName(report.filter.period)}
        </Title>
        <dl class={styles.facts}>
          <dt>{words.centres}</dt>
          <dd>{report.centres.map((centre) => centre ?? words.noCentre).join(', ') || '–'}</dd>
          {report.range && (
            <>
              <dt>{words.filter.period}</dt>
              <dd>
                {words.dates(formatDay(report.range.from, language), formatDay(report.range.to, language))}
              </dd>
            </>
          )}
          <dt>{words.filter.place}</dt>
          <dd>{words.kiosks(report.kiosks.length)}</dd>
        </dl>
        <p class={styles.threshold}>{words.threshold(k)}</p>
      </header>

      {report.areas.length === 0 && <p>{words.noQuestions}</p>}
      {report.areas.map(({ area, questions }) => (
        <section key={area ?? 'none'} class={styles.area}>
          <Part class={styles.areaTitle}>{words.areas[area ?? 'none']}</Part>
          {questions.map((question) => (
            <QuestionBlock
              key={question.wording}
              question={question}
              k={k}
              words={words}
              language={language}
              level={level === 1 ? 3 : 5}
            />
          ))}
        </section>
      ))}

      <section class={styles.part}>
        <Part>{words.commentsTitle}</Part>
        {report.comments.length === 0 ? (
          <p>{words.noComments}</p>
        ) : (
          report.comments.map((comment, index) => (
            <blockquote key={index} class={styles.comment}>
              <p>{comment.text}</p>
              <footer>{pickText(comment.question, language)}</footer>
            </blockquote>
          ))
        )}
      </section>

      <section class={styles.part}>
        <Part>{words.gapsTitle}</Part>
        {report.gaps.length === 0 ? (
          <p>{words.noGaps}</p>
        ) : (
          <ul>
            {report.gaps.map((gap) => (
              <li key={gap.kioskId}>{words.gap(gap.kioskId, missingNumbers(gap), missingCount(gap))}</li>
            ))}
          </ul>
        )}
      </section>

      <section class={styles.part}>
        <Part>{words.panelTitle}</Part>
        <WrittenText text={report.texts.panelWords} empty={words.notWritten} />
      </section>
      <section class={styles.part}>
        <Part>{words.changesTitle}</Part>
        <WrittenText text={report.texts.centreChanges} empty={words.notWritten} />
      </section>
    </article>
  );
}

/** What staff typed, its paragraphs kept as they typed them. */
function WrittenText({ text, empty }: { text: string; empty: string }) {
  const paragraphs = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
  if (paragraphs.length === 0) return <p class={styles.empty}>{empty}</p>;
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p key={index} class={styles.written}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
