import type { Database } from 'better-sqlite3';
import { localizedTextSchema } from '../../../../shared/domain.ts';
import type { LocalizedText } from '../../../../shared/languages.ts';
import type { ParticipationArea } from '../../../../shared/participation-areas.ts';
import { scales, type ScaleId } from '../../../../shared/scales.ts';
import { dimensionFromPaths, type Dimension } from '../../../../shared/small-cells/dimension.ts';
import { protectTable, type ProtectedTable } from '../../../../shared/small-cells/protected-table.ts';
import { dimensionRoots, placePath, timePathBelowYear, yearKey } from './dimension-keys.ts';

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

/**
 * A wording's answers as the small-cell rule lets them be shown (shared/small-cells), one table
 * per calendar year: its time dimension runs from the year down to parts of weeks.
 */
export type AnswerTable = { wording: Wording; years: ReadonlyMap<number, ProtectedTable> };

export type AnswerTables = {
  tables: readonly AnswerTable[];
  /** Approved kiosks by centre (null: none set), whether or not they have answers yet. */
  centres: ReadonlyMap<string | null, readonly string[]>;
};

type QuestionRow = {
  row: number;
  id: string;
  version: number;
  scale: string;
  texts: string;
  area: ParticipationArea | null;
  item_code: string | null;
};
/** An answer_counts row with row ids in place of kiosk, question and version. */
type CountRow = [
  kiosk: number,
  question: number,
  weekPart: string,
  language: string,
  repeat: number,
  value: number,
  count: number,
];

const cache = new WeakMap<Database, { stamp: string; minCellSize: number; tables: AnswerTables }>();

/**
 * Every wording's protected tables, from the counts kept as batches are stored. Only approved
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

export function buildAnswerTables(db: Database, minCellSize: number): AnswerTables {
  const kiosks = db
    .prepare<[], { row: number; kiosk_id: string; centre: string | null }>(
      'SELECT rowid AS row, kiosk_id, centre FROM kiosks WHERE approved = 1 ORDER BY centre, kiosk_id',
    )
    .all();
  const kioskOfRow = new Map(kiosks.map(({ row, kiosk_id, centre }) => [row, { kioskId: kiosk_id, centre }]));
  const centres = new Map<string | null, string[]>();
  for (const { kiosk_id, centre } of kiosks) centres.set(centre, [...(centres.get(centre) ?? []), kiosk_id]);

  // Kiosks asking a version in the same words (and with the same tags) share one wording.
  const wordings = new Map<string, Wording>();
  const wordingOfQuestion = new Map<number, Wording>();
  const questions = db
    .prepare<[], QuestionRow>(
      `SELECT q.rowid AS row, q.id, q.version, q.scale, q.texts, q.area, q.item_code
       FROM questions q JOIN kiosks k ON k.kiosk_id = q.kiosk_id AND k.approved = 1`,
    )
    .all();
  for (const row of questions) {
    const key = wordingKeyOf(row);
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
    wordingOfQuestion.set(row.row, wording);
  }

  // The rows of each wording and year, read once.
  const rowsOf = new Map<Wording, Map<number, CountRow[]>>();
  const yearOfWeekPart = new Map<string, number>();
  const counts = db
    .prepare(
      `SELECT k.rowid, q.rowid, c.week_part, c.language, c.repeat, c.value, c.count
       FROM answer_counts c
       JOIN kiosks k ON k.kiosk_id = c.kiosk_id AND k.approved = 1
       JOIN questions q ON q.kiosk_id = c.kiosk_id AND q.id = c.question_id AND q.version = c.question_version`,
    )
    .raw()
    .all() as CountRow[];
  for (const row of counts) {
    const wording = wordingOfQuestion.get(row[1])!;
    let year = yearOfWeekPart.get(row[2]);
    if (year === undefined) yearOfWeekPart.set(row[2], (year = Number(row[2].slice(0, 4))));
    let years = rowsOf.get(wording);
    if (!years) rowsOf.set(wording, (years = new Map()));
    let rows = years.get(year);
    if (!rows) years.set(year, (rows = []));
    rows.push(row);
  }

  const tables = [...rowsOf].map(([wording, years]) => ({
    wording,
    years: new Map(
      [...years]
        .sort(([a], [b]) => a - b)
        .map(([year, rows]) => [year, protectYear(wording, year, rows, kioskOfRow, minCellSize)]),
    ),
  }));
  tables.sort((a, b) => byQuestion(a.wording, b.wording));
  return { tables, centres };
}

function protectYear(
  wording: Wording,
  year: number,
  rows: readonly CountRow[],
  kioskOfRow: ReadonlyMap<number, { kioskId: string; centre: string | null }>,
  minCellSize: number,
): ProtectedTable {
  const weekParts = [...new Set(rows.map((row) => row[2]))].sort();
  const time = dimensionFromPaths(yearKey(year), weekParts.map(timePathBelowYear));
  const pathOfKiosk = new Map(
    [...new Set(rows.map((row) => row[0]))].map((row) => {
      const { kioskId, centre } = kioskOfRow.get(row)!;
      return [row, placePath(centre, kioskId)];
    }),
  );
  const byKiosk = (a: string[], b: string[]) => (a[1]! < b[1]! ? -1 : 1);
  const place = dimensionFromPaths(dimensionRoots.place, [...pathOfKiosk.values()].sort(byKiosk));
  const language = dimensionFromPaths(
    dimensionRoots.language,
    [...new Set(rows.map((row) => row[3]))].sort().map((code) => [code]),
  );
  const repeats = dimensionFromPaths(dimensionRoots.repeats, [['first'], ['repeat']]);
  const values = dimensionFromPaths(
    dimensionRoots.value,
    scales[wording.scale].values.map((value) => [String(value)]),
  );
  const dimensions: Dimension[] = [time, place, language, repeats, values];

  // Leaf nodes of kiosks and values looked up once, not per row.
  const placeLeaf = new Map([...pathOfKiosk].map(([row, path]) => [row, place.indexOf.get(path.at(-1)!)!]));
  const valueLeaf = new Map<number, number>(
    scales[wording.scale].values.map((value) => [value, values.indexOf.get(String(value))!]),
  );

  return protectTable(
    dimensions,
    (add) => {
      const leaves = [0, 0, 0, 0, 0];
      for (const [kiosk, , weekPart, code, repeat, value, count] of rows) {
        const valueNode = valueLeaf.get(value);
        // A value off the scale cannot be stored (batches are checked), so this only guards the sum.
        if (valueNode === undefined) continue;
        leaves[0] = time.indexOf.get(weekPart)!;
        leaves[1] = placeLeaf.get(kiosk)!;
        leaves[2] = language.indexOf.get(code)!;
        leaves[3] = repeat ? 2 : 1;
        leaves[4] = valueNode;
        add(leaves, count);
      }
    },
    minCellSize,
  );
}

/** A `questions` row's columns that tell one wording from another. */
export type QuestionColumns = Pick<QuestionRow, 'id' | 'version' | 'scale' | 'texts' | 'area' | 'item_code'>;

/** The key of a wording: kiosks asking a version in the same words, with the same tags, share one. */
export function wordingKeyOf(row: QuestionColumns): string {
  return JSON.stringify([row.id, row.version, row.scale, row.texts, row.area, row.item_code]);
}

function byQuestion(a: Wording, b: Wording): number {
  return a.questionId < b.questionId
    ? -1
    : a.questionId > b.questionId
      ? 1
      : a.questionVersion - b.questionVersion || a.texts.fi.localeCompare(b.texts.fi, 'fi');
}
