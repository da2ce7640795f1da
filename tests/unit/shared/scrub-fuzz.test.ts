import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeScrubFuzz, runScrubFuzz, whatWentWrong } from '../../fuzz/run-scrub-fuzz.ts';

/** `npm run fuzz:scrub` runs the same generator for a million cases; this is its share of every test run. */
const count = 10_000;

/** Every disguise the generator knows, each of which must have been tried. */
const everyDisguise = [
  ...['space', 'dash', 'dot', 'underscore', 'spaced dash', 'none', 'no-break space', 'en dash'].map(
    (name) => `separator: ${name}`,
  ),
  'separators mixed',
  'national',
  'after +358',
  'after +358-',
  'after 00358',
  'after +358 (0)',
  'hidden digits',
  'full-width digits',
  'Arabic-Indic digits',
  'zero-width characters',
  'dotted date',
  'dotted date with the whole year',
  ...['+', '-', ...'YXWVUABCDEF'].map((sign) => `sign ${sign}`),
  ...['.', '_', 'a space'].map((sign) => `sign swapped for ${sign}`),
];

test(`${count} generated phone numbers and identity codes in every disguise: none comes through with six of its digits in a row`, (t) => {
  const started = performance.now();
  const stats = runScrubFuzz({ seed: 20250115, from: 0, to: count });
  for (const line of describeScrubFuzz(stats, (performance.now() - started) / 1000).split('\n'))
    t.diagnostic(line);
  assert.deepEqual(stats.failures.slice(0, 5), []);
  assert.equal(stats.tried, count);
  assert.ok(stats.phones > count / 3 && stats.identityCodes > count / 3, 'both kinds are tried');
  for (const disguise of everyDisguise)
    assert.ok((stats.disguises[disguise] ?? 0) > 0, `no case wore the disguise "${disguise}"`);
});

test('the fuzz check finds six shown digits in a row left anywhere in the output, and words around that changed', () => {
  const disguised = {
    kind: 'phone' as const,
    before: 'Soita ',
    value: '040 123 45xx',
    after: ' kiitos',
    input: 'Soita 040 123 45xx kiitos',
    shownDigits: '04012345',
    disguises: [],
  };
  assert.equal(whatWentWrong(disguised, 'Soita [•••] kiitos', ['phone']), undefined);
  assert.equal(
    whatWentWrong(disguised, 'Soita ０40-1\u200b23 [•••] kiitos', ['phone']),
    'the digits 040123 came through',
  );
  assert.equal(whatWentWrong(disguised, 'Soita [•••]12345 kiitos', ['phone']), undefined);
  assert.equal(
    whatWentWrong(disguised, 'Soita [•••]012345 kiitos', ['phone']),
    'the digits 012345 came through',
  );
  assert.equal(
    whatWentWrong(disguised, '[•••] kiitos', ['phone']),
    'the words around the value were changed',
  );
  assert.equal(whatWentWrong(disguised, 'Soita 040 12x kiitos', []), 'nothing was removed');
});
