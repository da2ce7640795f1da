import type { Database } from 'better-sqlite3';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Input, Output } from '../../../../shared/contract/index.ts';
import type { Dashboard, ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { AppError } from '../../errors.ts';
import { writeFileDurably } from '../../fs/write-file-durably.ts';
import { buildDashboard } from '../reading/dashboard.ts';
import { periodKey } from '../reading/dimension-keys.ts';
import { aggregatesCsv } from './aggregates-csv.ts';
import { answerRowsCsv } from './answer-rows-csv.ts';

type Kind = Input<'staff.exportCsv'>['kind'];

/** The start of each file's name: what it holds, in the office's language. */
const namePrefix: Record<Kind, string> = { aggregates: 'kuulluksi-luvut', answers: 'kuulluksi-vastausrivit' };

/** Enough numbered names for any folder staff keep exports in; past it, they are told to tidy up. */
const maxNumberedNames = 999;

/**
 * Saves a CSV export into the folder staff chose, under a name the tool picks from what it holds
 * and its period (`kuulluksi-luvut-2026-11.csv`, then `…-2.csv` beside an older one): staff need
 * not invent names, and no file is ever overwritten. The file is written durably (temp, fsync,
 * rename, read back), so a stick pulled out mid-write leaves no half a file.
 */
export async function saveCsvExport(
  db: Database,
  { kind, filter, folder }: Input<'staff.exportCsv'>,
): Promise<Output<'staff.exportCsv'>> {
  const found = await stat(folder).catch(() => undefined);
  if (!found?.isDirectory()) {
    throw new AppError(
      'not_found',
      `${folder} is not a folder on this computer; nothing was saved. Check the path.`,
    );
  }
  const csv = kind === 'aggregates' ? aggregatesCsv(dashboardsFor(db, filter)) : answerRowsCsv(db, filter);
  const file = await freeName(folder, `${namePrefix[kind]}-${periodName(filter)}`);
  await writeFileDurably(file, Buffer.from(csv, 'utf8'), { exclusive: true });
  return { file };
}

/**
 * The place's dashboard, then one for each of its parts (its centres, or a centre's kiosks), so
 * the file holds the places side by side that the dashboard compares.
 */
function dashboardsFor(db: Database, filter: ReportFilter): Dashboard[] {
  const whole = buildDashboard(db, filter);
  const parts = new Map(
    whole.questions.flatMap((question) =>
      question.comparison.map(({ place }) => [JSON.stringify(place), place] as const),
    ),
  );
  return [whole, ...[...parts.values()].map((place) => buildDashboard(db, { ...filter, place }))];
}

function periodName({ period }: ReportFilter): string {
  return period.kind === 'all' ? 'koko-aika' : periodKey(period);
}

async function freeName(folder: string, stem: string): Promise<string> {
  for (let n = 1; n <= maxNumberedNames; n += 1) {
    const file = join(folder, n === 1 ? `${stem}.csv` : `${stem}-${n}.csv`);
    if (!(await stat(file).catch(() => undefined))) return file;
  }
  throw new AppError(
    'conflict',
    `${folder} already holds ${maxNumberedNames} exports named ${stem}; move some away and save again.`,
  );
}
