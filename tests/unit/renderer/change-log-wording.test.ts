import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickText } from '../../../shared/languages.ts';
import { adminText, type AdminLanguage } from '../../../renderer/i18n/admin/index.ts';
import { readableDetail } from '../../../renderer/kiosk/admin/overview/readable-detail.ts';
import { kioskAtReception } from '../../helpers/admin-kiosk.ts';

/** Changes made through the real core, then worded as the admin view words its change log. */
async function loggedAndWorded(
  language: AdminLanguage,
): Promise<{ worded: string[]; wording: (id: string) => string }> {
  const { kiosk, token } = await kioskAtReception(); // Tuesday 17 November 2026
  await kiosk.handlers['admin.setSchedule']({
    token,
    plan: {
      defaultQuestionId: 'visit-today',
      weekdays: { mon: 'felt-safe' },
      ranges: [{ from: '2026-12-01', to: '2026-12-24', questionId: 'felt-heard' }],
    },
  });
  await kiosk.handlers['admin.askNow']({ token, questionId: 'felt-heard' });
  const rooms = kiosk.bank.entry('the-rooms');
  const { question, area } = rooms;
  kiosk.bank.edit('the-rooms', {
    scale: question.scale,
    texts: { ...question.texts, fi: 'Ovatko tilat hyvät?' },
    followUps: question.followUps,
    freeText: question.freeText,
    area: null,
    itemCode: null,
  });
  kiosk.bank.setArchived('food-and-coffee', true);
  assert.notEqual(area, null, 'the seeded question had an area to take away');

  const wordings = new Map(
    kiosk.bank.entries().map((entry) => [entry.question.id, pickText(entry.question.texts, language)]),
  );
  const words = adminText(language);
  const name = (id: string) => words.questionChanges.quoted(wordings.get(id) ?? id);
  const worded = kiosk.changeLog.entries().map((entry) => readableDetail(entry, words, language, name));
  return { worded, wording: (id) => wordings.get(id)! };
}

test('the change log words the bank and the schedule in Finnish, naming questions by their wording', async () => {
  const { worded, wording } = await loggedAndWorded('fi');
  const [food, rooms, heard, safe, visit] = [
    'food-and-coffee',
    'the-rooms',
    'felt-heard',
    'felt-safe',
    'visit-today',
  ].map(wording);
  assert.equal(rooms, 'Ovatko tilat hyvät?');
  assert.deepEqual(worded, [
    `Arkistoitiin ”${food}”`,
    `”${rooms}”: uusi sanamuoto, versio 2; ”${rooms}”, ei osallisuuden aluetta`,
    `Kysy tätä nyt: ”${heard}”`,
    `oletuksena ”${visit}”; maanantaisin ”${safe}”; 1.12.2026–24.12.2026 ”${heard}”`,
    'valittu',
  ]);
});

for (const [language, plan] of [
  [
    'sv',
    (visit: string, safe: string, heard: string) =>
      `som standard ”${visit}”; på måndagar ”${safe}”; 1.12.2026–24.12.2026 ”${heard}”`,
  ],
  [
    'en',
    (visit: string, safe: string, heard: string) =>
      `as the default “${visit}”; on Mondays “${safe}”; 01/12/2026 to 24/12/2026 “${heard}”`,
  ],
] as const) {
  test(`${language}: the same changes in reception's language, with no question id or English of the core's`, async () => {
    const { worded, wording } = await loggedAndWorded(language);
    assert.equal(worded.length, 5);
    for (const line of worded.slice(0, 4)) {
      assert.doesNotMatch(line, /the-rooms|food-and-coffee|felt-heard|felt-safe|visit-today|"event"/, line);
    }
    assert.equal(worded[3], plan(wording('visit-today'), wording('felt-safe'), wording('felt-heard')));
  });
}

test('an entry an older version wrote in words, or one that is not what it should be, is shown as written', async () => {
  const { kiosk, token } = await kioskAtReception();
  const written = [
    ['question', 'felt-heard: version 2'],
    ['schedule', 'default visit-today; mon felt-heard'],
    ['question', '{"event":"added"}'],
    ['schedule', '{"event":"plan","plan":{}}'],
  ] as const;
  for (const [subject, detail] of written) kiosk.changeLog.record(subject, detail);
  const { entries } = await kiosk.handlers['admin.changeLog']({ token });
  const shown = entries
    .slice(0, written.length)
    .map((entry) => readableDetail(entry, adminText('fi'), 'fi', (id) => id));
  assert.deepEqual(shown, written.map(([, detail]) => detail).reverse());
});
