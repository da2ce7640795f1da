import assert from 'node:assert/strict';
import { test } from 'node:test';
import { questionSchema } from '../../../../../shared/domain.ts';
import { languages } from '../../../../../shared/languages.ts';
import { participationAreas } from '../../../../../shared/participation-areas.ts';
import { defaultQuestionId } from '../../../../../electron/core/kiosk/default-question.ts';
import { openKiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { seedQuestions } from '../../../../../electron/core/kiosk/migrations/007-data.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { pictogramNames } from '../../../../../renderer/pictograms/names.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const seeded = seedQuestions.map((seed) => seed.question);

test('the bank starts with at least twelve questions besides the first one, each a valid version 1', () => {
  assert.ok(seeded.length >= 12, `${seeded.length} seed questions`);
  assert.ok(!seeded.some((question) => question.id === defaultQuestionId));
  assert.equal(new Set(seeded.map((question) => question.id)).size, seeded.length, 'ids are unique');
  for (const question of seeded) {
    assert.deepEqual(questionSchema.parse(question), question, question.id);
    assert.equal(question.version, 1);
  }
});

test('every seed question and every chip is written in Finnish, Swedish, English and easy Finnish', () => {
  for (const question of seeded) {
    assert.deepEqual(Object.keys(question.texts).sort(), [...languages].sort(), question.id);
    for (const chip of [...question.followUps.positive, ...question.followUps.negative]) {
      assert.deepEqual(Object.keys(chip.texts).sort(), [...languages].sort(), `${question.id} / ${chip.id}`);
    }
  }
});

test('every chip pictogram is one the kiosk bundles', () => {
  const named = seeded
    .flatMap((question) => [...question.followUps.positive, ...question.followUps.negative])
    .flatMap((chip) => chip.pictogram ?? []);
  assert.ok(named.length > 0);
  assert.deepEqual(
    named.filter((name) => !(pictogramNames as readonly string[]).includes(name)),
    [],
  );
});

test('the seed covers every THL participation area and mixes the answer scales', () => {
  assert.deepEqual(
    [...new Set(seedQuestions.map((seed) => seed.area))].sort(),
    [...participationAreas].sort(),
  );
  assert.ok(new Set(seeded.map((question) => question.scale)).size >= 5, 'at least five of the six scales');
  assert.ok(
    seeded.filter((question) => question.followUps.positive.length + question.followUps.negative.length > 0)
      .length >=
      seeded.length - 1,
  );
});

test('a new kiosk lists the first question, then the seed, each as stored in version 1, none archived and only the first scheduled', () => {
  const kiosk = openKiosk({ dataDir: tempDir(), log: silentLog });
  try {
    const entries = kiosk.bank.entries();
    assert.deepEqual(
      entries.map((entry) => entry.question.id),
      [defaultQuestionId, ...seeded.map((question) => question.id)],
    );
    assert.equal(entries[0]!.question.version, 2, 'the first question keeps its newest version');
    assert.deepEqual(
      entries[0]!.scheduled,
      [{ kind: 'default' }],
      'the first question is what the kiosk asks',
    );
    for (const [index, seed] of seedQuestions.entries()) {
      assert.deepEqual(entries[index + 1], {
        question: seed.question,
        area: seed.area,
        itemCode: null,
        verbatim: false,
        archived: false,
        scheduled: [],
      });
    }
  } finally {
    kiosk.close();
  }
});
