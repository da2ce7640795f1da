import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTime, timeParts } from '../../../renderer/i18n/format-time.ts';
import { text } from '../../../renderer/i18n/index.ts';
import { adminText } from '../../../renderer/i18n/admin/index.ts';
import { readableDetail } from '../../../renderer/kiosk/admin/overview/readable-detail.ts';
import { languages } from '../../../shared/languages.ts';
import { weekdays } from '../../../shared/weekdays.ts';

const everyHour = Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')}:30`);

test('Finnish and Swedish write times as in Finland, 24-hour with a point: 8.00, 16.30', () => {
  for (const language of ['fi', 'sv', 'selko'] as const) {
    assert.equal(formatTime('08:00', language), '8.00', language);
    assert.equal(formatTime('16:30', language), '16.30', language);
    assert.equal(formatTime('00:05', language), '0.05', language);
    assert.deepEqual(timeParts('23:45', language), { hour: '23', separator: '.', minutes: '45' }, language);
  }
});

test('English writes times the British way, 24-hour with a colon: 8:00, 16:30', () => {
  assert.equal(formatTime('08:00', 'en'), '8:00');
  assert.equal(formatTime('16:30', 'en'), '16:30');
  assert.deepEqual(timeParts('23:45', 'en'), { hour: '23', separator: ':', minutes: '45' });
});

test('no language shows AM or PM: every hour of the day is its own number, 0 to 23', () => {
  for (const language of languages) {
    assert.deepEqual(
      everyHour.map((time) => timeParts(time, language)?.hour),
      everyHour.map((time) => String(Number(time.slice(0, 2)))),
      language,
    );
    for (const time of everyHour) assert.match(formatTime(time, language), /^\d{1,2}[.:]30$/, language);
  }
});

test('a time not written HH:MM is shown as it came rather than as a wrong time', () => {
  assert.equal(formatTime('25:00', 'fi'), '25:00');
  assert.equal(formatTime('8:00', 'en'), '8:00');
  assert.equal(timeParts('', 'sv'), null);
});

test("the closed screen and the admin view's opening hours use the language's own times", () => {
  assert.equal(text('fi').opensAgain('mon', '08:00'), 'Avaamme taas maanantaina klo 8.00.');
  assert.equal(text('sv').opensAgain('mon', '13:15'), 'Vi öppnar igen på måndag kl. 13.15.');
  assert.equal(text('en').opensAgain('mon', '13:15'), 'We open again on Monday at 13:15.');
  // Open on Mondays only.
  const hours = JSON.stringify(
    Object.fromEntries(
      weekdays.map((day) => [day, day === 'mon' ? { opens: '08:00', closes: '16:30' } : null]),
    ),
  );
  const described = (language: 'fi' | 'sv' | 'en') =>
    readableDetail(
      { subject: 'openingHours', detail: hours, change: null },
      adminText(language),
      language,
      String,
    );
  assert.match(described('fi'), /^Maanantai 8\.00–16\.30, Tiistai kiinni koko päivän/);
  assert.match(described('sv'), /^Måndag 8\.00–16\.30, Tisdag stängd hela dagen/);
  assert.match(described('en'), /^Monday 8:00–16:30, Tuesday closed all day/);
});
