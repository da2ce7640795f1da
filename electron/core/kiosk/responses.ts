import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Language } from '../../../shared/languages.ts';
import { isValueOnScale, toneOf, type ScaleId } from '../../../shared/scales.ts';
import { scrubFreeText, type RemovedKind } from '../../../shared/scrub/index.ts';
import type { Clock } from '../clock.ts';
import { describeStorageError } from '../storage-errors.ts';
import { AppError } from '../errors.ts';
import { createAnswerPool, type SlotAnswer } from './answers/answer-pool.ts';
import { sanitizeComment } from './answers/slot-text.ts';
import { coarseTime } from '../time/coarse-time.ts';
import { isOpen } from './opening-hours.ts';
import { findQuestion } from './questions.ts';
import type { KioskSettingsStore } from './settings.ts';

export type ResponseInput = {
  questionId: string;
  questionVersion: number;
  value: number;
  repeat?: boolean;
  /** The language the kiosk's screen was in; left out (null) where the caller does not know it. */
  language?: Language | null | undefined;
};

/**
 * The kiosk's answer store. `submit` returns only after SQLite has committed with
 * synchronous=FULL, so whoever awaits it may thank the client: the answer survives a power cut.
 */
export function createResponseStore(db: Database, clock: Clock, settings: KioskSettingsStore) {
  const findScale = db
    .prepare<[string, number], ScaleId>('SELECT scale FROM questions WHERE id = ? AND version = ?')
    .pluck();
  /**
   * Each question version's scale, once read: a version is never rewritten, so a kept scale
   * cannot go stale. A version not found is not kept, so one added later (by reception, or by
   * the CLI from another process) is taken as soon as it exists.
   */
  const scales = new Map<string, ScaleId>();
  function scaleOf(questionId: string, questionVersion: number): ScaleId | undefined {
    const key = `${questionId}#${questionVersion}`;
    let scale = scales.get(key);
    if (scale === undefined) {
      scale = findScale.get(questionId, questionVersion);
      if (scale !== undefined) scales.set(key, scale);
    }
    return scale;
  }
  const pool = createAnswerPool(db);
  const countOnDay = db.prepare<[string], { count: number }>(
    'SELECT count(*) AS count FROM responses WHERE day = ?',
  );
  // Waiting for export: not yet sealed, or sealed into a batch no stick has taken yet (an export
  // that failed halfway seals everything but writes only some of it).
  const pendingSummary = db.prepare<[], { count: number; oldest: string | null }>(
    `SELECT count(*) AS count, min(day) AS oldest FROM responses
     WHERE batch_seq IS NULL OR batch_seq IN (SELECT seq FROM batches WHERE written = 0)`,
  );
  /** Why the last answer could not be saved, until one is saved again; shown to reception. */
  let storageProblem: string | null = null;

  function storageFailure(what: string, error: unknown): AppError {
    storageProblem = `${describeStorageError(error)}.`;
    return new AppError('storage_failed', `${what}: ${storageProblem}`, { cause: error });
  }

  /**
   * Rewrites an answer still waiting for export as `change` returns it (null leaves it); a refusal
   * `change` throws passes through untouched, a failing disk is told as `what` failed.
   */
  function amendWaiting(
    responseId: string,
    what: string,
    change: (answer: SlotAnswer) => SlotAnswer | null,
  ): boolean {
    let amended: boolean;
    try {
      amended = pool.update(responseId, (answer) => (answer.batch_seq === null ? change(answer) : null));
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw storageFailure(what, error);
    }
    if (amended) storageProblem = null;
    return amended;
  }

  return {
    /**
     * Saves an answer to any question the kiosk has, in any version: a screen that loaded its
     * question just before the schedule moved on must not lose the answer. Outside opening hours
     * nothing is taken.
     */
    submit({ questionId, questionVersion, value, repeat = false, language = null }: ResponseInput): {
      responseId: string;
    } {
      const now = clock();
      const { timeGranularity, openingHours } = settings.read();
      if (!isOpen(openingHours, now)) {
        throw new AppError('closed', 'The kiosk is closed now and takes answers again when it opens.');
      }
      const scale = scaleOf(questionId, questionVersion);
      if (!scale) {
        throw new AppError(
          'not_found',
          `Question ${questionId} version ${questionVersion} is not asked on this kiosk.`,
        );
      }
      if (!isValueOnScale(scale, value)) {
        throw new AppError('bad_request', `${value} is not an answer on the ${scale} scale.`);
      }
      const responseId = randomUUID();
      const { day, dayPart, hour } = coarseTime(now, timeGranularity);
      try {
        pool.add({
          id: responseId,
          question_id: questionId,
          question_version: questionVersion,
          value,
          day,
          day_part: dayPart,
          hour,
          repeat: repeat ? 1 : 0,
          language,
        });
      } catch (error) {
        throw storageFailure('The answer could not be saved on this kiosk', error);
      }
      storageProblem = null;
      return { responseId };
    },

    /**
     * Adds the follow-up the client tapped to the answer saved at the first tap. Only a chip the
     * question offers for that answer's tone is taken, and only once, while the answer is on the kiosk.
     */
    addFollowUp(responseId: string, followUpId: string): void {
      const added = amendWaiting(responseId, 'The follow-up could not be saved on this kiosk', (answer) => {
        if (answer.follow_up !== null) return null;
        const question = findQuestion(db, answer.question_id, answer.question_version)!;
        const tone = toneOf(question.scale, answer.value);
        const offered = tone === 'neutral' ? [] : question.followUps[tone];
        if (!offered.some((chip) => chip.id === followUpId)) {
          throw new AppError(
            'bad_request',
            `"${followUpId}" is not a follow-up this question offers after that answer.`,
          );
        }
        return { ...answer, follow_up: followUpId };
      });
      if (!added) throw new AppError('not_found', 'That answer can no longer take a follow-up.');
    },

    /**
     * The client went back from the follow-up or the comment step and tapped another answer: the
     * answer saved at the first tap takes the new value in its own slot, so it is still one answer,
     * with the final choice. A follow-up chip chosen for the earlier value goes with it (the new
     * value's tone may offer other chips). Once the answer has words, or has left in a batch, the
     * client has seen the thank-you, and another tap is another answer.
     */
    changeAnswer(responseId: string, value: number): void {
      const changed = amendWaiting(responseId, 'The answer could not be changed on this kiosk', (answer) => {
        if (answer.comment_slot !== null) return null;
        const scale = scaleOf(answer.question_id, answer.question_version)!;
        if (!isValueOnScale(scale, value)) {
          throw new AppError('bad_request', `${value} is not an answer on the ${scale} scale.`);
        }
        return { ...answer, value, follow_up: null };
      });
      if (!changed) throw new AppError('not_found', 'That answer can no longer be changed.');
    },

    /**
     * Adds the client's words to the answer saved at the first tap, scrubbed here whatever the
     * screen already did: the core never trusts a renderer with anonymity. An answer takes one
     * comment, and only while it is still on the kiosk.
     */
    addComment(responseId: string, text: string): { stored: string; removed: RemovedKind[] } {
      const { text: scrubbed, removed } = scrubFreeText(sanitizeComment(text).trim());
      if (scrubbed === '') throw new AppError('bad_request', 'The comment is empty.');
      let stored: boolean;
      try {
        stored = pool.setComment(responseId, scrubbed);
      } catch (error) {
        throw storageFailure('The comment could not be saved on this kiosk', error);
      }
      if (!stored) throw new AppError('not_found', 'That answer can no longer take a comment.');
      storageProblem = null;
      return { stored: scrubbed, removed };
    },

    /** How many answers were given on a day, all of them as one number: never by value. */
    countOn(day: string): number {
      return countOnDay.get(day)!.count;
    },

    pendingCount(): number {
      return pendingSummary.get()!.count;
    },

    /** What reception may see: how many answers wait for export, since which day, and any storage problem. */
    health() {
      const { count, oldest } = pendingSummary.get()!;
      return { pendingAnswers: count, oldestPendingDay: oldest, storageProblem };
    },
  };
}
