import type { Database } from 'better-sqlite3';
import { BatchRejection } from '../batch/batch-rejection.ts';
import type { OpenedBatch } from '../batch/open-batch.ts';
import { scrubFreeText } from '../../../shared/scrub/index.ts';
import { weekPartOfDay } from './reading/dimension-keys.ts';
import {
  questionColumns,
  questionFromRow,
  questionToRow,
  type QuestionRow,
} from '../questions/question-row.ts';

/** A batch at odds with what was imported before. */
const conflicting = (reason: string) => new BatchRejection('conflicts', reason, 'conflict');

/**
 * What became of a verified batch: stored and counted, stored but held (its kiosk is not approved
 * yet), or already stored.
 */
export type StoreOutcome = 'imported' | 'held' | 'duplicate';

/**
 * Stores a verified batch exactly once, in one transaction with its share of the report's
 * counts: a second copy of a batch is a duplicate, while another batch claiming the same kiosk
 * and number, or one that does not chain onto its neighbours, is refused and leaves nothing
 * behind. A kiosk seen for the first time is
 * recorded as not approved (on `today`), and its batches are held: stored, so nothing is lost,
 * but counted nowhere until staff approve its fingerprint (kiosks.ts). `fileHash`, the SHA-256
 * of the file it came in, is what a kiosk delivering it over the network names it by.
 */
export function storeBatch(
  db: Database,
  { body, hash }: OpenedBatch,
  today: string,
  fileHash: string,
): StoreOutcome {
  return db.transaction(() => {
    const known = db
      .prepare<[string], { public_key: string; approved: number }>(
        'SELECT public_key, approved FROM kiosks WHERE kiosk_id = ?',
      )
      .get(body.kioskId);
    if (known && known.public_key !== body.kioskKey) {
      throw new BatchRejection('altered', `kiosk ${body.kioskId} is known with another key`, 'conflict');
    }
    const batchAt = db.prepare<[string, number], { hash: string; prev_hash: string | null }>(
      'SELECT hash, prev_hash FROM batches WHERE kiosk_id = ? AND seq = ?',
    );
    const same = batchAt.get(body.kioskId, body.seq);
    if (same) {
      if (same.hash === hash) {
        // A batch stored before file hashes were kept is recognised by its file from now on.
        db.prepare(
          'UPDATE batches SET file_hash = ? WHERE kiosk_id = ? AND seq = ? AND file_hash IS NULL',
        ).run(fileHash, body.kioskId, body.seq);
        return 'duplicate';
      }
      throw conflicting(
        `kiosk ${body.kioskId} already sent a different batch ${body.seq}: this one is a replacement or a forgery`,
      );
    }
    const before = batchAt.get(body.kioskId, body.seq - 1);
    if (before && before.hash !== body.prevHash) {
      throw conflicting(`it does not follow batch ${body.seq - 1} of kiosk ${body.kioskId} imported earlier`);
    }
    const after = batchAt.get(body.kioskId, body.seq + 1);
    if (after && after.prev_hash !== hash) {
      throw conflicting(
        `batch ${body.seq + 1} of kiosk ${body.kioskId}, imported earlier, does not follow it`,
      );
    }

    if (!known) {
      db.prepare(
        'INSERT INTO kiosks (kiosk_id, public_key, approved, first_seen_day) VALUES (?, ?, 0, ?)',
      ).run(body.kioskId, body.kioskKey, today);
    }
    const newest = isNewestOfItsKiosk(db, body);
    if (newest && 'centre' in body && body.centre !== null) {
      db.prepare('UPDATE kiosks SET centre = ? WHERE kiosk_id = ?').run(body.centre, body.kioskId);
    }
    db.prepare(
      'INSERT INTO batches (kiosk_id, seq, hash, prev_hash, response_count, file_hash) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(body.kioskId, body.seq, hash, body.prevHash, body.responses.length, fileHash);
    storeQuestions(db, body.kioskId, body.questions, newest);
    const notice = db.prepare(
      'INSERT INTO kiosk_notices (kiosk_id, batch_seq, kind, day) VALUES (?, ?, ?, ?)',
    );
    for (const { kind, day } of body.notices) notice.run(body.kioskId, body.seq, kind, day);
    const insert = db.prepare(
      `INSERT INTO responses
         (id, kiosk_id, batch_seq, question_id, question_version, value, day, day_part, hour, comment, follow_up, repeat, language)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    for (const r of body.responses) {
      // Scrubbed again: an older kiosk's scrubber may have missed what this one catches.
      const comment = r.comment === null ? null : scrubFreeText(r.comment).text;
      const { changes } = insert.run(
        r.id,
        body.kioskId,
        body.seq,
        r.questionId,
        r.questionVersion,
        r.value,
        r.day,
        r.dayPart,
        r.hour,
        comment,
        r.followUp,
        r.repeat ? 1 : 0,
        'language' in r ? r.language : null,
      );
      if (changes !== 1) throw conflicting('it repeats responses already imported from another batch');
    }
    addToCounts(db, body.kioskId, body.responses);
    return known?.approved === 1 ? 'imported' : 'held';
  })();
}

/**
 * Whether the batch is newer (by `seq`) than every batch of its kiosk stored before it. Only such
 * a batch says how the kiosk is set now (its centre, the areas of its questions): a stick may
 * bring batches out of order, and an older one must not undo what a newer one said.
 */
function isNewestOfItsKiosk(db: Database, body: OpenedBatch['body']): boolean {
  const newestStored = db
    .prepare<[string], number | null>('SELECT max(seq) FROM batches WHERE kiosk_id = ?')
    .pluck()
    .get(body.kioskId);
  return newestStored == null || body.seq > newestStored;
}

/**
 * Each kiosk's questions are its own: reception edits the bank on each kiosk, so two kiosks may
 * word their version 2 of a question differently, and neither refuses the other. A kiosk never
 * rewords a version it has sent, so another wording from the same kiosk is refused. Its item code
 * is part of the version (a kiosk gives a changed code a new version) and is kept as first sent;
 * its participation area is a tag reception may change at any time, so the newest batch sets it.
 * A batch before version 3 says neither: they stay NULL.
 */
function storeQuestions(
  db: Database,
  kioskId: string,
  questions: OpenedBatch['body']['questions'],
  newest: boolean,
): void {
  const find = db.prepare<[string, string, number], QuestionRow>(
    `SELECT ${questionColumns} FROM questions WHERE kiosk_id = ? AND id = ? AND version = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO questions (kiosk_id, ${questionColumns}, area, item_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const retag = db.prepare('UPDATE questions SET area = ? WHERE kiosk_id = ? AND id = ? AND version = ?');
  for (const question of questions) {
    const area = 'area' in question ? question.area : null;
    const itemCode = 'itemCode' in question ? question.itemCode : null;
    const stored = find.get(kioskId, question.id, question.version);
    if (!stored) {
      insert.run(kioskId, ...questionToRow(question), area, itemCode);
    } else if (
      JSON.stringify(questionToRow(questionFromRow(stored))) !== JSON.stringify(questionToRow(question))
    ) {
      throw conflicting(
        `kiosk ${kioskId} sent question ${question.id} version ${question.version} worded differently in an earlier batch`,
      );
    } else if (newest && 'area' in question) {
      retag.run(area, kioskId, question.id, question.version);
    }
  }
}

/**
 * The dashboard's counts (answer_counts) grow with the batch: one row per kiosk, question version,
 * week part, language, repeat flag and value.
 */
function addToCounts(db: Database, kioskId: string, responses: OpenedBatch['body']['responses']): void {
  const weekPartOf = new Map<string, string>();
  const counts = new Map<
    string,
    { response: (typeof responses)[number]; weekPart: string; language: string; count: number }
  >();
  for (const response of responses) {
    let weekPart = weekPartOf.get(response.day);
    if (weekPart === undefined) weekPartOf.set(response.day, (weekPart = weekPartOfDay(response.day)));
    const language = languageOf(response);
    const key = JSON.stringify([
      response.questionId,
      response.questionVersion,
      weekPart,
      language,
      response.repeat,
      response.value,
    ]);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { response, weekPart, language, count: 1 });
  }
  const add = db.prepare(
    `INSERT INTO answer_counts (kiosk_id, question_id, question_version, week_part, language, repeat, value, count)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT DO UPDATE SET count = count + excluded.count`,
  );
  for (const { response: r, weekPart, language, count } of counts.values()) {
    add.run(kioskId, r.questionId, r.questionVersion, weekPart, language, r.repeat ? 1 : 0, r.value, count);
  }
}

/** Batches before version 3 do not say which language a client answered in. */
function languageOf(response: OpenedBatch['body']['responses'][number]): string {
  return 'language' in response && typeof response.language === 'string' ? response.language : 'unknown';
}
