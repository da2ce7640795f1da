import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDispatcher } from '../../../../../electron/core/dispatch.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { buildSocialReport } from '../../../../../electron/core/staff/social-report/social-report.ts';
import { pairedKioskAndStaff } from '../../../../helpers/kiosk-and-staff.ts';

const autumn = { kind: 'quarter', year: 2026, quarter: 4 } as const;

async function staffContract() {
  const { staff } = await pairedKioskAndStaff();
  return { staff, call: createDispatcher('staff', staff.handlers, silentLog) };
}

test('the panel’s words and what changed are saved per period and come back in that period’s report', async () => {
  const { staff, call } = await staffContract();
  const texts = {
    period: autumn,
    panelWords: 'Toivomme pidempiä aukioloaikoja.',
    centreChanges: 'Avaamme tunnin aiemmin.',
  };
  assert.deepEqual(await call('staff.saveReportTexts', texts), { ok: true, value: texts });
  assert.deepEqual(await call('staff.reportTexts', { period: autumn }), { ok: true, value: texts });
  const report = buildSocialReport(staff.db, {
    period: autumn,
    place: { kind: 'all' },
    language: 'all',
    includeRepeats: false,
  });
  assert.equal(report.texts.panelWords, texts.panelWords);
  const otherQuarter = { kind: 'quarter', year: 2026, quarter: 3 } as const;
  assert.deepEqual(await call('staff.reportTexts', { period: otherQuarter }), {
    ok: true,
    value: { period: otherQuarter, panelWords: '', centreChanges: '' },
  });
});

test('a text too long, or a period that is not a whole calendar period, is refused by name and changes nothing', async () => {
  const { call } = await staffContract();
  await call('staff.saveReportTexts', { period: autumn, panelWords: 'Ennen', centreChanges: '' });
  const tooLong = await call('staff.saveReportTexts', {
    period: autumn,
    panelWords: 'x'.repeat(4001),
    centreChanges: '',
  });
  assert.equal(tooLong.ok, false);
  assert.match(
    !tooLong.ok ? tooLong.error.message : '',
    /the client panel's words can be at most 4000 characters/,
  );
  const badPeriod = await call('staff.saveReportTexts', {
    period: { kind: 'week', year: 2026, week: 3 },
    panelWords: 'Jälkeen',
    centreChanges: '',
  });
  assert.equal(badPeriod.ok, false);
  const kept = await call('staff.reportTexts', { period: autumn });
  assert.deepEqual(kept.ok && (kept.value as { panelWords: string }).panelWords, 'Ennen');
});
