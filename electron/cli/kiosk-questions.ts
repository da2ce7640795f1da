import { z } from 'zod';
import type { BankEntry } from '../../shared/question-bank.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withKiosk } from './open-data.ts';

const columns: [heading: string, value: (entry: BankEntry) => string][] = [
  ['ID', (entry) => entry.question.id],
  ['VERSION', (entry) => String(entry.question.version)],
  ['SCALE', (entry) => entry.question.scale],
  ['AREA', (entry) => entry.area ?? '-'],
  ['ITEM CODE', (entry) => entry.itemCode ?? '-'],
  ['VERBATIM', (entry) => (entry.verbatim ? 'yes' : 'no')],
  ['ARCHIVED', (entry) => (entry.archived ? 'yes' : 'no')],
  ['QUESTION (FI)', (entry) => entry.question.texts.fi],
];

export const kioskQuestions = defineCommand({
  name: 'kiosk questions',
  summary:
    'List the kiosk’s question bank: id, newest version, scale, participation area, item code, verbatim, archived and the Finnish wording.',
  options: { data: dataOption },
  schema: z.object({ data: requiredPath('data') }),
  async run({ data }) {
    const entries = await withKiosk(data, true, (kiosk) => kiosk.bank.entries());
    process.stdout.write(table(entries) + '\n');
  },
});

/** Columns padded to their widest cell; the wording comes last, so a long one only runs on. */
function table(entries: BankEntry[]): string {
  const rows = [
    columns.map(([heading]) => heading),
    ...entries.map((entry) => columns.map(([, value]) => value(entry))),
  ];
  const widths = columns.map((_, index) => Math.max(...rows.map((row) => row[index]!.length)));
  return rows
    .map((row) =>
      row.map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index]!))).join('  '),
    )
    .join('\n');
}
