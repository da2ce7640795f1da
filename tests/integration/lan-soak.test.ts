import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runLanSoak } from '../crash/lan-harness.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test(
  'killing the staff receiver and the pushing kiosk at random moments loses, duplicates and wrongly deletes no answer',
  { timeout: 600_000 },
  async (t) => {
    const figures = await runLanSoak({
      dataDir: tempDir('kuulluksi-lan-soak-'),
      cycles: 50,
      killChance: 0.25,
    });
    t.diagnostic(JSON.stringify(figures));
    const { cycles, acknowledged, lost, duplicates, deletedUnheld, unconfirmed, integrityFailures } = figures;
    assert.equal(cycles, 50);
    // Kills land mid-answer too, so some cycles' answers were never acknowledged.
    assert.ok(acknowledged >= 50, `too few answers were acknowledged to prove anything (${acknowledged})`);
    assert.equal(lost, 0, `${lost} of ${acknowledged} acknowledged answers are in neither database`);
    assert.equal(duplicates, 0, 'the staff archive counts an answer or a batch twice');
    assert.equal(deletedUnheld, 0, 'the kiosk deleted answers the staff archive did not hold');
    assert.equal(unconfirmed, 0, 'once both sides were left alone, every receipt came home');
    assert.equal(integrityFailures, 0);
    // Enough of each fault to mean something: each side is killed in about a quarter of the
    // cycles (fewer than the soak's half, as each kill costs a process start).
    assert.ok(figures.staffKills >= 4, `the staff receiver was killed only ${figures.staffKills} times`);
    assert.ok(figures.kioskKills >= 3, `the kiosk was killed only ${figures.kioskKills} times mid-push`);
    assert.ok(figures.batchesStored >= 5, `too few batches reached staff to prove anything`);
  },
);
