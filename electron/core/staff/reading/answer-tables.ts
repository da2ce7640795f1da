import type { Database } from 'better-sqlite3';
import { localizedTextSchema } from '../../../../shared/domain.ts';
import type { LocalizedText } from '../../../../shared/languages.ts';
import type { ParticipationArea } from '../../../../shared/participation-areas.ts';
import { placeOfDay } from '../../../../shared/report-period.ts';
import { scales, type ScaleId } from '../../../../shared/scales.ts';
import { dimensionFromPaths, type Dimension } from '../../../../shared/small-cells/dimension.ts';
import {
  protectTable,
  type LeafCount,
  type ProtectedTable,
} from '../../../../shared/small-cells/protected-table.ts';
import { dimensionRoots, timePath, placePath } from './dimension-keys.ts';

/** One wording of a question, as kiosks asked it: never mixed with another wording. */
export type Wording = {
  key: string;
  questionId: string;
  questionVersion: number;
  scale: ScaleId;
  texts: LocalizedText;
  area: ParticipationArea | null;
  itemCode: string | null;
};

/** A wording's answers as the small-cell rule lets them be shown (shared/small-cells). */
export type AnswerTable = { wording: Wording; table: ProtectedTable };

export type AnswerTables = {
  tables: readonly AnswerTable[];
  /** Approved kiosks by centre (null: none set), whether or not they have answers yet. */
  centres: ReadonlyMap<string | null, readonly string[]>;
};

type QuestionRow = {
  kiosk_id: string;
  id: string;
  version: number;
  scale: string;
  texts: string;
  area: ParticipationArea | null;
  item_code: string | null;
};
type CountRow = [
  kioskId: string,
  questionId: string,
  version: number,
  day: string,
  language: string,
  repeat: number,
  value: number,
  count: number,
];

const cache = new WeakMap<Database, { stamp: string; minCellSize: number; tables: AnswerTables }>();

/**
 * Every wording's protected table, from the counts kept as batches are stored. Only approved
 * kiosks count. Built once per state of the store and k: a batch stored or a kiosk approved
 * (which is all that changes the counts) builds them again at the next look.
 */
export function answerTables(db: Database, minCellSize: number): AnswerTables {
  const stamp = storeStamp(db);
  const cached = cache.get(db);
  if (cached && cached.stamp === stamp && cached.minCellSize === minCellSize) return cached.tables;
  const tables = buildAnswerTables(db, minCellSize);
  cache.set(db, { stamp, minCellSize, tables });
  return tables;
}

function storeStamp(db: Database): string {
  return JSON.stringify(
    db
      .prepare(
        `SELECT (SELECT count(*) FROM batches) AS batches,
                (SELECT group_concat(kiosk_id || ':' || coalesce(centre, ''), ',') FROM kiosks WHERE approved = 1) AS kiosks`,
      )
      .get(),
  );
}

function buildAnswerTables(db: Database, minCellSize: number): AnswerTables {
  const kiosks = db
    .prepare<[], { kiosk_id: string; centre: string | null }>(
      'SELECT kiosk_id, centre FROM kiosks WHERE approved = 1 ORDER BY centre, kiosk_id',
    )
    .all();
  const centreOf = new Map(kiosks.map((kiosk) => [kiosk.kiosk_id, kiosk.centre]));
  const centres = new Map<string | null, string[]>();
  for (const { kiosk_id, centre } of kiosks) {
    const list = centres.get(centre) ?? [];
    list.push(kiosk_id);
    centres.set(centre, list);
  }

  // Kiosks asking a version in the same words (and with the same tags) share one wording.
  const wordingOf = new Map<string, Wording>();
  const wordings = new Map<string, Wording>();
  const questions = db
    .prepare<[], QuestionRow>(
      `SELECT q.kiosk_id, q.id, q.version, q.scale, q.texts, q.area, q.item_code
       FROM questions q JOIN kiosks k ON k.kiosk_id = q.kiosk_id AND k.approved = 1`,
    )
    .all();
  for (const row of questions) {
    const key = JSON.stringify([row.id, row.version, row.scale, row.texts, row.area, row.item_code]);
    let wording = wordings.get(key);
    if (!wording) {
      wording = {
        key,
        questionId: row.id,
        questionVersion: row.version,
        scale: row.scale as ScaleId,
        texts: localizedTextSchema.parse(JSON.parse(row.texts)),
        area: row.area,
        itemCode: row.item_code,
      };
      wordings.set(key, wording);
    }
    wordingOf.set(`${row.kiosk_id}\n${row.id}\n${row.version}`, wording);
  }

  const rowsOf = new Map<Wording, CountRow[]>();
  const counts = db
    .prepare(
      `SELECT c.kiosk_id, c.question_id, c.question_version, c.day, c.language, c.repeat, c.value, c.count
       FROM answer_counts c JOIN kiosks k ON k.kiosk_id = c.kiosk_id AND k.approved = 1`,
    )
    .raw()
    .iterate() as IterableIterator<CountRow>;
  for (const row of counts) {
    const wording = wordingOf.get(`${row[0]}\n${row[1]}\n${row[2]}`);
    if (!wording) continue;
    let rows = rowsOf.get(wording);
    if (!rows) rowsOf.set(wording, (rows = []));
    rows.push(row);
  }

  const tables = [...rowsOf].map(([wording, rows]) => ({
    wording,
    table: protectWording(wording, rows, centreOf, minCellSize),
  }));
  tables.sort((a, b) => byQuestion(a.wording, b.wording));
  return { tables, centres };
}

function protectWording(
  wording: Wording,
  rows: readonly CountRow[],
  centreOf: ReadonlyMap<string, string | null>,
  minCellSize: number,
): ProtectedTable {
  const timePaths = new Map<string, string[]>();
  for (const row of rows) if (!timePaths.has(row[3])) timePaths.set(row[3], timePath(placeOfDay(row[3])));
  const days = [...timePaths.keys()].sort();
  const time = dimensionFromPaths(
    dimensionRoots.time,
    days.map((day) => timePaths.get(day)!),
  );
  const kioskIds = [...new Set(rows.map((row) => row[0]))].sort();
  const place = dimensionFromPaths(
    dimensionRoots.place,
    kioskIds.map((kioskId) => placePath(centreOf.get(kioskId) ?? null, kioskId)),
  );
  const language = dimensionFromPaths(
    dimensionRoots.language,
    [...new Set(rows.map((row) => [row[4]]))].sort(),
  );
  const repeats = dimensionFromPaths(dimensionRoots.repeats, [['first'], ['repeat']]);
  const values = dimensionFromPaths(
    dimensionRoots.value,
    scales[wording.scale].values.map((value) => [String(value)]),
  );
  const dimensions: Dimension[] = [time, place, language, repeats, values];

  function* leaves(): Generator<LeafCount> {
    for (const [kioskId, , , day, lang, repeat, value, count] of rows) {
      const timeLeaf = time.indexOf.get(timePaths.get(day)!.at(-1)!)!;
      const placeLeaf = place.indexOf.get(placePath(centreOf.get(kioskId) ?? null, kioskId).at(-1)!)!;
      const valueLeaf = values.indexOf.get(String(value));
      // A value off the scale cannot be stored (batches are checked), so this only guards the sum.
      if (valueLeaf === undefined) continue;
      yield {
        leaves: [timeLeaf, placeLeaf, language.indexOf.get(lang)!, repeat ? 2 : 1, valueLeaf],
        count,
      };
    }
  }
  return protectTable(dimensions, leaves(), minCellSize);
}

function byQuestion(a: Wording, b: Wording): number {
  return a.questionId < b.questionId
    ? -1
    : a.questionId > b.questionId
      ? 1
      : a.questionVersion - b.questionVersion || a.texts.fi.localeCompare(b.texts.fi, 'fi');
}
