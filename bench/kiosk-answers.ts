/**
 * Answers generated through the kiosk's own core, as taps give them: the handlers
 * `kiosk.submitResponse`, and for some answers `kiosk.addFollowUp` and `kiosk.addComment`. The
 * one difference from real taps: the handler calls are grouped into transactions of 10,000, so
 * a million answers cost a hundred commits, not a million fsyncs (P2 times the single commit).
 * Seeded: the same count gives the same questions, values, chips, comments and days.
 */
import type { Question } from '../shared/domain.ts';
import { toneOf, valuesOf } from '../shared/scales.ts';
import { openKiosk, type Kiosk } from '../electron/core/kiosk/open-kiosk.ts';
import { newestQuestion } from '../electron/core/kiosk/questions.ts';
import { silentLog } from '../electron/core/log.ts';

const answersPerCommit = 10_000;
/** The share of answers that get a follow-up chip (where the question offers one), a comment, the repeat flag. */
const share = { followUp: 0.3, comment: 0.05, repeat: 0.05 };
/** Words clients might leave; one carries a phone number, so the scrubber has work too. */
const comments = [
  'Kiitos kahvista ja hyvästä seurasta.',
  'Olisi kiva jos olisitte auki myös sunnuntaisin.',
  'Soittakaa minulle 040 123 4567 jos on töitä tarjolla.',
  'Ruoka oli hyvää tänään, kiitos.',
  'Liian kova meteli iltapäivällä.',
];

/**
 * A kiosk in `dataDir` on a clock that runs only as answers are given: from 5 January 2026, an
 * answer every 30–90 seconds from 9:00 to 17:00 each day.
 */
export function openAnsweringKiosk(dataDir: string) {
  const time = { now: new Date(2026, 0, 5, 9, 0, 0) };
  const kiosk = openKiosk({ dataDir, clock: () => time.now, log: silentLog, usbRoots: [] });
  return { kiosk, answer: (count: number, seed = 1) => answerMany(kiosk, time, count, seed) };
}

function answerMany(kiosk: Kiosk, time: { now: Date }, count: number, seed: number): void {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const questions = askedQuestions(kiosk);
  const [main, ...others] = questions;
  for (let done = 0; done < count;) {
    const inThisCommit = Math.min(answersPerCommit, count - done);
    kiosk.db.transaction(() => {
      for (let i = 0; i < inThisCommit; i++) {
        // Half the answers to the day's usual question, the rest spread over the bank.
        const question = random() < 0.5 || others.length === 0 ? main! : pick(others);
        answerOnce(kiosk, question, random, pick);
        time.now = nextMoment(time.now, random);
      }
    })();
    done += inThisCommit;
  }
}

function answerOnce(
  kiosk: Kiosk,
  question: Question,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): void {
  const value = pick(valuesOf(question.scale));
  const { responseId } = kiosk.handlers['kiosk.submitResponse']({
    questionId: question.id,
    questionVersion: question.version,
    value,
    repeat: random() < share.repeat,
  }) as { responseId: string };
  const tone = toneOf(question.scale, value);
  const chips = tone === 'neutral' ? [] : question.followUps[tone];
  if (chips.length > 0 && random() < share.followUp) {
    kiosk.handlers['kiosk.addFollowUp']({ responseId, followUpId: pick(chips).id });
  }
  if (question.freeText && random() < share.comment) {
    kiosk.handlers['kiosk.addComment']({ responseId, text: pick(comments) });
  }
}

/** The newest version of every question the kiosk has, the default question first. */
function askedQuestions(kiosk: Kiosk): Question[] {
  const ids = kiosk.db.prepare<[], { id: string }>('SELECT DISTINCT id FROM questions ORDER BY id').all();
  const main = kiosk.schedule.todaysQuestionId();
  return [main, ...ids.map((row) => row.id).filter((id) => id !== main)].map((id) =>
    newestQuestion(kiosk.db, id),
  );
}

function nextMoment(now: Date, random: () => number): Date {
  const next = new Date(now.getTime() + (30 + random() * 60) * 1000);
  if (next.getHours() < 17) return next;
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0, 0);
}

/** A small seeded generator, so generated data are the same from run to run. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
