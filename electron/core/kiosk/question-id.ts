import type { Database } from 'better-sqlite3';

/** Long enough to recognise the question in a list or a report, short enough for a table column. */
const maxBaseLength = 48;

/**
 * An id for a question reception adds: a slug of its wording (English where given, since ids are
 * read by IT and in reports, else Finnish), with -2, -3 … added if the kiosk already has that id
 * in any version. Ids are never reused, so an old answer can never point at a new question.
 */
export function newQuestionId(db: Database, wording: string): string {
  const taken = db.prepare<[string], { found: number }>(
    'SELECT 1 AS found FROM questions WHERE id = ? LIMIT 1',
  );
  const base = slugOf(wording);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.get(candidate)) return candidate;
  }
}

/** Lowercase letters, digits and dashes; ä, ö and å become a, o and a. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug === '') return 'question';
  if (slug.length <= maxBaseLength) return slug;
  const cut = slug.slice(0, maxBaseLength);
  // End at a whole word where there is one to end at.
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
