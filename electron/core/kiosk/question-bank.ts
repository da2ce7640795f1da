import type { Database } from 'better-sqlite3';
import type { Question } from '../../../shared/domain.ts';
import {
  questionDraftSchema,
  type BankEntry,
  type QuestionDraft,
  type ScheduledUse,
} from '../../../shared/question-bank.ts';
import { AppError } from '../errors.ts';
import { questionFromRow, type QuestionRow } from '../questions/question-row.ts';
import { describeIssues } from '../schema-errors.ts';
import type { ChangeLog } from './change-log.ts';
import { newQuestionId } from './question-id.ts';
import { addQuestionVersion } from './questions.ts';
import { describeUse } from './schedule/describe-schedule.ts';
import type { ScheduleStore } from './schedule/schedule-store.ts';

type EntryRow = QuestionRow & {
  area: BankEntry['area'];
  item_code: string | null;
  verbatim: number;
  archived: number;
};

/**
 * The part of a question that is what a client is asked: a change to any of it is a new version.
 * The item code is not asked, yet a change to it is a new version too (see `edit`).
 */
type Asked = Pick<Question, 'scale' | 'texts' | 'followUps' | 'freeText'>;
const askedOf = ({ scale, texts, followUps, freeText }: Asked): Asked => ({
  scale,
  texts,
  followUps,
  freeText,
});

/**
 * Reception's question bank. Wordings are versioned in `questions` and never overwritten, so
 * answers keep pointing at the wording the client saw; the bank row holds what may change
 * without touching a wording: the participation area and the archived flag. The item code is
 * kept with each version, as sealed into batches, so that staff read every answer by the code of
 * the question it answered.
 *
 * Archived questions may still be edited: archiving only takes a question out of the schedule's
 * choices, and reception may want to fix a wording before bringing it back.
 */
export function createQuestionBank(db: Database, changeLog: ChangeLog, schedule: ScheduleStore) {
  const entryQuery = `
    SELECT q.id, q.version, q.scale, q.texts, q.follow_ups, q.free_text, q.item_code, b.area, b.verbatim, b.archived
    FROM question_bank b
    JOIN questions q ON q.id = b.id AND q.version = (SELECT max(version) FROM questions WHERE id = b.id)`;
  const selectAll = db.prepare<[], EntryRow>(`${entryQuery} ORDER BY b.position, b.id`);
  const selectOne = db.prepare<[string], EntryRow>(`${entryQuery} WHERE b.id = ?`);
  const insertEntry = db.prepare(
    'INSERT INTO question_bank (id, area, verbatim, position) VALUES (?, ?, ?, (SELECT coalesce(max(position), -1) + 1 FROM question_bank))',
  );
  const updateArea = db.prepare('UPDATE question_bank SET area = ? WHERE id = ?');
  const updateArchived = db.prepare('UPDATE question_bank SET archived = ? WHERE id = ?');

  function entries(): BankEntry[] {
    const usesOf = schedule.whereUsed();
    return selectAll.all().map((row) => entryFromRow(row, usesOf(row.id)));
  }

  function entry(questionId: string): BankEntry {
    const row = selectOne.get(questionId);
    if (!row) throw new AppError('not_found', `There is no question "${questionId}" in the question bank.`);
    return entryFromRow(row, schedule.whereUsed()(questionId));
  }

  /** A new question, version 1, with an id made from its wording. `verbatim` is fixed from here on. */
  function add(draft: unknown, verbatim: boolean): BankEntry {
    const { area, itemCode, ...asked } = parseDraft(draft, 'Question not added');
    const id = db.transaction(() => {
      const newId = newQuestionId(db, asked.texts.en ?? asked.texts.fi);
      addQuestionVersion(db, { id: newId, version: 1, ...askedOf(asked) }, itemCode);
      insertEntry.run(newId, area, verbatim ? 1 : 0);
      changeLog.recordQuestion({ event: 'added', questionId: newId, verbatim });
      return newId;
    })();
    return entry(id);
  }

  /**
   * Saves reception's edit: a changed wording, scale, chips or free-text switch becomes the next
   * version; a changed area alone is no new version (answers do not depend on it). A changed item
   * code alone is the next version with the same wording: answers given under the old code keep
   * it, and the new one reaches staff with the next batch. An edit that changes nothing changes
   * and logs nothing. A verbatim question keeps its wording for good, but may take an item code.
   */
  function edit(questionId: string, draft: unknown): BankEntry {
    const { area, itemCode, ...asked } = parseDraft(draft, `Question ${questionId} not changed`);
    db.transaction(() => {
      const current = entry(questionId);
      const wordingChanged = JSON.stringify(askedOf(asked)) !== JSON.stringify(askedOf(current.question));
      const codeChanged = itemCode !== current.itemCode;
      const areaChanged = area !== current.area;
      if (wordingChanged && current.verbatim) {
        throw new AppError(
          'conflict',
          `Question ${questionId} is copied word for word from its source, so what it asks cannot be changed. Add a new question with the new wording and archive this one.`,
        );
      }
      if (!wordingChanged && !codeChanged && !areaChanged) return;
      const version = wordingChanged || codeChanged ? current.question.version + 1 : undefined;
      if (version !== undefined)
        addQuestionVersion(db, { id: questionId, version, ...askedOf(asked) }, itemCode);
      if (areaChanged) updateArea.run(area, questionId);
      changeLog.recordQuestion({
        event: 'edited',
        questionId,
        ...(version !== undefined && { version }),
        ...(areaChanged && { area }),
      });
    })();
    return entry(questionId);
  }

  /**
   * Archives a question (kept for its answers, no longer offered for the schedule) or brings it
   * back. A question the schedule still asks today or later cannot be archived: the kiosk would
   * go on asking it. Its answers stay answerable and exportable either way.
   */
  function setArchived(questionId: string, archived: boolean): BankEntry {
    db.transaction(() => {
      const current = entry(questionId);
      if (current.archived === archived) return;
      if (archived && current.scheduled.length > 0) {
        throw new AppError(
          'conflict',
          `Question ${questionId} cannot be archived while the schedule uses it (${current.scheduled.map(describeUse).join(', ')}). Change the schedule first.`,
        );
      }
      updateArchived.run(archived ? 1 : 0, questionId);
      changeLog.recordQuestion({ event: archived ? 'archived' : 'unarchived', questionId });
    })();
    return entry(questionId);
  }

  return { entries, entry, add, edit, setArchived };
}

export type QuestionBank = ReturnType<typeof createQuestionBank>;

function parseDraft(draft: unknown, refused: string): QuestionDraft {
  const parsed = questionDraftSchema.safeParse(draft);
  if (!parsed.success) throw new AppError('bad_request', `${refused}: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}

function entryFromRow(row: EntryRow, scheduled: ScheduledUse[]): BankEntry {
  return {
    question: questionFromRow(row),
    area: row.area,
    itemCode: row.item_code,
    verbatim: row.verbatim === 1,
    archived: row.archived === 1,
    scheduled,
  };
}
