import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { runCli } from '../helpers/cli.ts';
import { anotherPairedKiosk } from '../helpers/kiosk-and-staff.ts';
import { generateStaffIdentity } from '../../electron/core/staff/keys/staff-identity.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { answerWithComments, bringIn } from '../unit/core/staff/comments/comment-data.ts';

const awkward = '=SUM(A1); "lainaus"\nja toinen rivi';

describe('kuulluksi staff comments', () => {
  const data = tempDir('kuulluksi-staff-');
  let kioskId: string;
  let otherKioskId: string;

  before(async () => {
    const staff = openStaff({ dataDir: data });
    const identity = await generateStaffIdentity();
    const kiosk = anotherPairedKiosk(staff, identity);
    answerWithComments(kiosk, ['Hyvä kahvi', awkward, 'Café auki', null, null]);
    await bringIn(staff, identity, [kiosk]);
    kioskId = kiosk.identity.kioskId;
    otherKioskId = anotherPairedKiosk(staff, identity).identity.kioskId;
    staff.close();
  });

  test('prints the comments as JSON, filtered and searched', () => {
    const result = runCli([
      'staff',
      'comments',
      '--data',
      data,
      '--from',
      '2026-11-01',
      '--to',
      '2026-11-30',
    ]);
    assert.equal(result.status, 0, result.stderr);
    const listing = JSON.parse(result.stdout);
    assert.equal(listing.total, 3);
    assert.deepEqual(
      listing.comments.map((c: { text: string }) => c.text).sort(),
      [awkward, 'Café auki', 'Hyvä kahvi'].sort(),
    );
    assert.deepEqual(listing.comments[0].week, { year: 2026, week: 47 });

    const searched = JSON.parse(runCli(['staff', 'comments', '--data', data, '--search', 'CAFE']).stdout);
    assert.deepEqual(
      searched.comments.map((c: { text: string }) => c.text),
      ['Café auki'],
    );

    const elsewhere = JSON.parse(
      runCli(['staff', 'comments', '--data', data, '--from', '2026-10-01', '--to', '2026-10-31']).stdout,
    );
    assert.deepEqual(elsewhere.comments, []);
    const hidden = JSON.parse(runCli(['staff', 'comments', '--data', data, '--show', 'hidden']).stdout);
    assert.deepEqual(hidden.comments, []);
  });

  test('prints CSV an office Excel opens: BOM, semicolons, every comment one cell, formulas defused', () => {
    const result = runCli(['staff', 'comments', '--data', data, '--format', 'csv', '--kiosk', kioskId]);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(result.stdout.startsWith('\uFEFFcomment_id;iso_year;iso_week;'));
    const lines = result.stdout.slice(1).split('\r\n');
    assert.equal(lines.length, 5, 'a header, three comments and the final line end');
    assert.ok(result.stdout.includes(`;"'=SUM(A1); ""lainaus""\nja toinen rivi"\r\n`));
    assert.ok(lines.some((line) => line.endsWith(';Hyvä kahvi')));
  });

  test('a wrong flag exits 2 naming it, and prints no comment', () => {
    const cases: [string[], RegExp][] = [
      [['--show', 'deleted'], /--show must be all, flagged, selected or hidden, not "deleted"/],
      [['--format', 'xlsx'], /--format must be json or csv/],
      [['--from', '2026-11-03', '--to', '2026-11-30'], /not a whole month, quarter or year/],
      [['--search', 'x'.repeat(201)], /--search takes at most 200 characters/],
      [['--kiosk', kioskId, '--kiosk', otherKioskId], /comments are listed for one place/],
      [['--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [flags, message] of cases) {
      const result = runCli(['staff', 'comments', '--data', data, ...flags]);
      assert.equal(result.status, 2, flags.join(' '));
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    }
  });
});
