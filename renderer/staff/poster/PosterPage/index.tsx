import type { Poster } from '../../../../shared/contract/staff-social-report.ts';
import { languageTag } from '../../../../shared/languages.ts';
import { scales, valuesOf } from '../../../../shared/scales.ts';
import { SmileyPicture } from '../../../components/Smiley/index.tsx';
import { formatDay } from '../../../i18n/format-day.ts';
import { scaleLabel } from '../../../i18n/index.ts';
import { posterWords } from '../../../i18n/staff/poster-words.ts';
import styles from './style.module.css';

/**
 * The poster for the notice board: one A4 page, large type, a few plain sentences and the kiosk's
 * own faces. Only what the protected figures prove is said; a hidden count reads "fewer than k".
 */
export function PosterPage({ poster, level }: { poster: Poster; level: 1 | 3 }) {
  const words = posterWords[poster.language];
  const Title = level === 1 ? 'h1' : 'h3';
  const Question = level === 1 ? 'h2' : 'h4';
  const { language } = poster;
  return (
    <article class={styles.poster} lang={languageTag[language]}>
      <Title class={styles.title}>{words.title}</Title>
      {poster.range && (
        <p class={styles.period}>
          {formatDay(poster.range.from, language)} – {formatDay(poster.range.to, language)}
        </p>
      )}
      {poster.questions.length === 0 ? (
        <p class={styles.sentence}>{words.notEnough}</p>
      ) : (
        <p class={styles.sentence}>{words.intro}</p>
      )}
      {poster.questions.map((question, index) => {
        const values = valuesOf(question.scale);
        const drawsFaces = scales[question.scale].kind !== 'choice';
        return (
          <section key={index} class={styles.question}>
            <Question class={styles.questionText}>{question.text}</Question>
            <p class={styles.sentence}>
              {words.answers(question.total)}
              {question.mostPositive && ` ${words.mostPositive}`}
            </p>
            <ul class={styles.answers}>
              {question.cells.map((cell) => (
                <li key={cell.value} class={styles.answer}>
                  {drawsFaces && (
                    <span class={styles.face}>
                      <SmileyPicture position={values.indexOf(cell.value) / (values.length - 1)} />
                    </span>
                  )}
                  <span class={styles.label}>{scaleLabel(language, question.scale, cell.value)}</span>
                  <span class={styles.count}>{cell.count ?? words.fewerThan(poster.minCellSize)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <p class={styles.thanks}>{words.thanks}</p>
    </article>
  );
}
