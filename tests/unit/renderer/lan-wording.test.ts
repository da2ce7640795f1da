import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adminLanguages, adminText } from '../../../renderer/i18n/admin/index.ts';
import { formatMinute, isKeyAlarm, waitingLines } from '../../../renderer/kiosk/admin/lan/lan-lines.ts';
import { lanAddressIssues } from '../../../shared/lan-address.ts';
import { lanProblemKinds, lanStates, lanWaitReasons, type LanStatus } from '../../../shared/lan-status.ts';

const paired: LanStatus = {
  state: 'paired',
  receiver: { name: 'Toimisto', address: '192.168.1.20:4781', code: 'AAAA-BBBB' },
  staffKeyCodes: ['CCCC-DDDD'],
  kioskCode: 'EEEE-FFFF',
  lastContactAt: '2026-03-02T14:05',
  waitingBatches: 0,
  waitingAnswers: 0,
  why: null,
  problem: null,
};

test('every reason answers wait, and every problem, has its own sentence in every admin language', () => {
  for (const language of adminLanguages) {
    const lan = adminText(language).lan;
    const sentences = lanWaitReasons.map((why) => lan.why[why]);
    assert.equal(new Set(sentences).size, lanWaitReasons.length, language);
    for (const sentence of sentences) assert.match(sentence, /\S.*[.:]/, language);
    for (const kind of lanProblemKinds) assert.ok(lan.problem(kind, null).length > 10, `${language} ${kind}`);
    for (const issue of lanAddressIssues)
      assert.ok(lan.addressIssue[issue].length > 10, `${language} ${issue}`);
  }
});

test('a staff PC refusing for the clock is worded as the clocks differing', () => {
  for (const language of adminLanguages) {
    const lan = adminText(language).lan;
    assert.equal(lan.problem('refused', 'clock-skew'), lan.why['clocks-differ'], language);
    assert.notEqual(lan.problem('refused', 'full'), lan.why['clocks-differ'], language);
  }
});

test('what waits is one line of counts and one of why; nothing waiting says so', () => {
  const words = adminText('en').lan;
  assert.deepEqual(waitingLines(paired, words), [words.nothingWaits]);
  const stuck = { ...paired, waitingBatches: 2, waitingAnswers: 1, why: 'unreachable' as const };
  assert.deepEqual(waitingLines(stuck, words), ['Waiting: 2 batches, 1 answer.', words.why.unreachable]);
  const fi = adminText('fi').lan;
  assert.equal(waitingLines({ ...stuck, why: 'clocks-differ' }, fi)[1], fi.why['clocks-differ']);
});

test('only a changed key is the alarm', () => {
  const alarms = lanStates.filter((state) => isKeyAlarm({ ...paired, state }));
  assert.deepEqual(alarms, ['key-changed']);
});

test('the last contact is written as the change log writes a time, in each language', () => {
  assert.equal(formatMinute('2026-03-02T14:05', 'fi', adminText('fi').changeLogAt).includes('14.05'), true);
  assert.equal(formatMinute('2026-03-02T14:05', 'en', adminText('en').changeLogAt).includes('14:05'), true);
  assert.match(formatMinute('2026-03-02T14:05', 'sv', adminText('sv').changeLogAt), /kl\. 14\.05/);
});
