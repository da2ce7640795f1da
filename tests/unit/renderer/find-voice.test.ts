import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findVoice } from '../../../renderer/kiosk/start/find-voice.ts';

/** Voices as systems list them: Windows with regions (sv-SE), speech-dispatcher often without. */
const voices = [
  { name: 'English (America)', lang: 'en-US' },
  { name: 'English (Great Britain)', lang: 'en-GB' },
  { name: 'Swedish', lang: 'sv_SE' },
  { name: 'Finnish', lang: 'fi' },
];

test("a language's own region is read first, then any voice of the language", () => {
  assert.equal(findVoice(voices, 'en')?.name, 'English (Great Britain)');
  assert.equal(findVoice(voices, 'sv')?.name, 'Swedish', 'sv-FI is read by a Swedish voice from Sweden');
  assert.equal(findVoice(voices, 'fi')?.name, 'Finnish');
  assert.equal(findVoice([{ name: 'US', lang: 'EN-us' }], 'en')?.name, 'US', 'case does not matter');
});

test('easy Finnish is read by the Finnish voice', () => {
  assert.equal(findVoice(voices, 'selko')?.name, 'Finnish');
});

test('a language without a voice gets none, not some other language', () => {
  const noFinnish = voices.filter((voice) => voice.name !== 'Finnish');
  assert.equal(findVoice(noFinnish, 'fi'), undefined);
  assert.equal(findVoice(noFinnish, 'selko'), undefined);
  assert.equal(findVoice([{ lang: 'fil-PH' }], 'fi'), undefined, 'Filipino is not Finnish');
  assert.equal(findVoice([], 'en'), undefined);
});
