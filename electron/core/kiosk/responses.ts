import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { isValueOnScale, type ScaleId } from '../../../shared/scales.ts';
import { scrubFreeText, type RemovedKind } from '../../../shared/scrub/index.ts';
import type { Clock } from '../clock.ts';
import { describeStorageError } from '../storage-errors.ts';
import { AppError } from '../errors.ts';
import { coarseTime } from './coarse-time.ts';
import type { KioskSettingsStore } from './settings.ts';

export type ResponseInput = { questionId: string; questionVersion: number; value: number };

/**
 * The kiosk's answer store. `submit` returns only after SQLite has committed with
 * synchronous=FULL, so whoever awaits it may thank the client: the answer survives a power cut.
 */
export function createResponseStore(db: Database, clock: Clock, settings: KioskSettingsStore) {
  const findScale = db.prepare<[string, number], { scale: ScaleId }>(
    'SELECT scale FROM questions WHERE id = ? AND version = ?',
  );
  const insert = db.prepare(
    'INSERT INTO responses (id, question_id, question_version, value, day, day_part, hour) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const pendingSummary = db.prepare<[], { count: number; oldest: string | null }>(
    'SELECT count(*) AS count, min(day) AS oldest FROM responses WHERE batch_seq IS NULL',
  );
  const setComment = db.prepare('UPDATE responses SET comment = ? WHERE id = ? AND batch_seq IS NULL AND comment IS NULL');
  /** Why the last answer could not be saved, until one is saved again; shown to reception. */
  let storageProblem: string | null = null;

  return {
    submit({ questionId, questionVersion, value }: ResponseInput): { responseId: string } {
      const question = findScale.get(questionId, questionVersion);
      if (!question) {
        throw new AppError('not_found', `Question ${questionId} version ${questionVersion} is not asked on this kiosk.`);
      }
      if (!isValueOnScale(question.scale, value)) {
        throw new AppError('bad_request', `${value} is not an answer on the ${question.scale} scale.`);
      }
      const responseId = randomUUID();
      const { day, dayPart, hour } = coarseTime(clock(), settings.read().timeGranularity);
      try {
        insert.run(responseId, questionId, questionVersion, value, day, dayPart, hour);
      } catch (error) {
        storageProblem = `${describeStorageError(error)}.`;
        throw new AppError('storage_failed', `The answer could not be saved on this kiosk: ${storageProblem}`, { cause: error });
      }
      storageProblem = null;
      return { responseId };
    },

    /**
     * Adds the client's words to the answer saved at the first tap, scrubbed here whatever the
     * screen already did: the core never trusts a renderer with anonymity. An answer takes one
     * comment, and only while it is still on the kiosk.
     */
    addComment(responseId: string, text: string): { stored: string; removed: RemovedKind[] } {
      const { text: scrubbed, removed } = scrubFreeText(text.trim());
      if (scrubbed === '') throw new AppError('bad_request', 'The comment is empty.');
      let changes: number;
      try {
        changes = setComment.run(scrubbed, responseId).changes;
      } catch (error) {
        storageProblem = `${describeStorageError(error)}.`;
        throw new AppError('storage_failed', `The comment could not be saved on this kiosk: ${storageProblem}`, { cause: error });
      }
      if (changes !== 1) throw new AppError('not_found', 'That answer can no longer take a comment.');
      storageProblem = null;
      return { stored: scrubbed, removed };
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

