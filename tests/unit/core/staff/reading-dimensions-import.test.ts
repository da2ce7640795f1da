/**
 * What staff read answers by, end to end: kiosks record the screen language of each answer and
 * seal their centre, each question's area and item code into batch format 3; the staff store keeps
 * them and the dashboard filters by them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Kiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { buildDashboard } from '../../../../electron/core/staff/reading/dashboard.ts';
import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import type { Language } from '../../../../shared/languages.ts';
import type { QuestionDraft } from '../../../../shared/question-bank.ts';
import { anotherPairedKiosk, pairedKioskAndStaff } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const helpDraft: QuestionDraft = {
  scale: 'smiley-5',
  texts: { fi: 'Saitko apua asiaasi?', sv: 'Fick du hjälp med ditt ärende?' },
  followUps: { positive: [], negative: [] },
  freeText: false,
  area: 'influencing',
  itemCode: 'example.3',
};

/** Answers `values` to the kiosk's question `id` with its screen in `language`. */
function answer(kiosk: Kiosk, id: string, language: Language, values: readonly number[]): void {
  for (const value of values) kiosk.responses.submit({ questionId: id, questionVersion: 1, value, language });
}

/** Exports what the kiosk holds to a stick of its own; the batch files written, oldest first. */
async function exported(kiosk: Kiosk): Promise<string[]> {
  const { written } = await kiosk.exportTo(tempDir('kuulluksi-usb-'));
  return written.map((batch) => batch.file);
}

test('the dashboard for one centre and Swedish counts only the Swedish answers of that centre, with the question’s area and item code', async () => {
  const { kiosk: lighthouse, staff, identity } = await pairedKioskAndStaff();
  const harbour = anotherPairedKiosk(staff, identity);
  lighthouse.settings.update({ centreName: 'Majakka' });
  harbour.settings.update({ centreName: 'Satama' });
  for (const kiosk of [lighthouse, harbour]) kiosk.bank.add(helpDraft, false);
  const { id } = lighthouse.bank.entries().at(-1)!.question;
  assert.equal(harbour.bank.entries().at(-1)!.question.id, id, 'both kiosks ask the same question');

  answer(lighthouse, id, 'sv', [5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
  answer(lighthouse, id, 'fi', [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]);
  answer(harbour, id, 'sv', [3, 3, 3, 3, 3, 3, 3]);
  const summary = await importBatchFiles(staff.db, identity, [
    ...(await exported(lighthouse)),
    ...(await exported(harbour)),
  ]);
  assert.deepEqual(summary.rejected, []);

  const filter: ReportFilter = {
    period: { kind: 'all' },
    place: { kind: 'centre', centre: 'Majakka' },
    language: 'sv',
    includeRepeats: false,
  };
  const swedishAtLighthouse = buildDashboard(staff.db, filter).questions;
  assert.deepEqual(
    swedishAtLighthouse.map((question) => ({
      id: question.questionId,
      area: question.area,
      itemCode: question.itemCode,
      total: question.total,
      counts: question.cells.map((cell) => cell.count),
    })),
    [{ id, area: 'influencing', itemCode: 'example.3', total: 10, counts: [0, 0, 0, 5, 5] }],
  );
  const finnish = buildDashboard(staff.db, { ...filter, language: 'fi' }).questions;
  assert.deepEqual(
    finnish.map((question) => question.cells.map((cell) => cell.count)),
    [[5, 6, 0, 0, 0]],
  );
  const allSwedish = buildDashboard(staff.db, { ...filter, place: { kind: 'all' } }).questions;
  assert.deepEqual(
    allSwedish.map((question) => question.total),
    [17],
    'Swedish answers of both centres',
  );
  assert.deepEqual(staff.db.prepare('SELECT centre FROM kiosks ORDER BY centre').pluck().all(), [
    'Majakka',
    'Satama',
  ]);
});

test('a kiosk’s centre and a question’s area come from its newest batch: one older, arriving late, or one naming no centre, changes neither', async () => {
  const { kiosk, staff, identity } = await pairedKioskAndStaff();
  const centre = () => staff.db.prepare('SELECT centre FROM kiosks').pluck().get();
  const area = () =>
    staff.db.prepare("SELECT area FROM questions WHERE id = 'felt-heard' AND version = 1").pluck().get();
  const retag = (newArea: QuestionDraft['area']) => {
    const { question, itemCode } = kiosk.bank.entry('felt-heard');
    const { scale, texts, followUps, freeText } = question;
    kiosk.bank.edit('felt-heard', { scale, texts, followUps, freeText, itemCode, area: newArea });
  };
  const answerOnce = (language?: Language) =>
    kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 1, value: 4, language });

  kiosk.settings.update({ centreName: 'Vanha talo' });
  answerOnce('en');
  const [first] = await exported(kiosk);
  kiosk.settings.update({ centreName: 'Uusi talo' });
  retag('common-good');
  answerOnce('sv');
  const [second] = await exported(kiosk);
  kiosk.settings.update({ centreName: null });
  answerOnce();
  const [third] = await exported(kiosk);

  await importBatchFiles(staff.db, identity, [second!]);
  assert.deepEqual([centre(), area()], ['Uusi talo', 'common-good']);
  await importBatchFiles(staff.db, identity, [first!]);
  assert.deepEqual([centre(), area()], ['Uusi talo', 'common-good'], 'an older batch changes nothing');
  await importBatchFiles(staff.db, identity, [third!]);
  assert.equal(centre(), 'Uusi talo', 'a batch naming no centre leaves the one named before');
  assert.equal(staff.db.prepare('SELECT count(*) FROM batches').pluck().get(), 3);
  assert.deepEqual(
    staff.db.prepare('SELECT language FROM responses ORDER BY language').pluck().all(),
    [null, 'en', 'sv'],
    'an answer given without a language is stored without one',
  );
  assert.deepEqual(staff.db.prepare('SELECT language FROM answer_counts ORDER BY language').pluck().all(), [
    'en',
    'sv',
    'unknown',
  ]);
});
