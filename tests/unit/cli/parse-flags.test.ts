import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OptionSpec } from '../../../electron/cli/command.ts';
import { parseFlags } from '../../../electron/cli/parse-flags.ts';

const options: Record<string, OptionSpec> = {
  data: { type: 'string', value: 'DIR', description: 'the data folder' },
  days: { type: 'string', value: 'N', description: 'days' },
  quiet: { type: 'boolean', description: 'say less' },
};
const refusal = (args: string[], takesPositionals = false) => {
  const result = parseFlags(args, options, takesPositionals);
  return result.ok ? 'accepted' : result.message;
};

test('values come after their flag or after =, booleans alone, names of files after the options', () => {
  assert.deepEqual(
    parseFlags(['--data', 'd', '--days=7', '--quiet', 'a.age', '--', '--b.age'], options, true),
    {
      ok: true,
      flags: { values: { data: 'd', days: '7', quiet: true }, positionals: ['a.age', '--b.age'] },
    },
  );
  assert.deepEqual(parseFlags(['--data='], options, false), {
    ok: true,
    flags: { values: { data: '' }, positionals: [] },
  });
});

test('a value starting with a dash and a digit is a value, so its own check can say what is allowed', () => {
  assert.deepEqual(parseFlags(['--days', '-5', '--data', '-'], options, false), {
    ok: true,
    flags: { values: { days: '-5', data: '-' }, positionals: [] },
  });
});

test('each mistake is refused with a sentence naming the flag', () => {
  assert.equal(refusal(['--data', 'a', '--data', 'b']), '--data is given twice; give it once');
  assert.equal(refusal(['--quiet', '--quiet']), '--quiet is given twice; give it once');
  assert.equal(refusal(['--days']), '--days needs a value: --days N');
  assert.equal(refusal(['--days', '--quiet']), '--days needs a value: --days N', 'a flag is not a value');
  assert.equal(refusal(['--quiet=no']), '--quiet takes no value; write just --quiet');
  assert.equal(refusal(['--dats', '7']), "Unknown option '--dats'");
  assert.equal(refusal(['--dats=7']), "Unknown option '--dats'");
  assert.equal(refusal(['-d', '7']), "Unknown option '-d'");
  assert.equal(refusal(['--constructor', 'x']), "Unknown option '--constructor'", 'not an inherited name');
  assert.equal(refusal(['file.age']), 'unexpected argument "file.age": this command takes only options');
});

test('a flag made to be given more than once gathers its values in order; any other still may not repeat', () => {
  const withListen: Record<string, OptionSpec> = {
    ...options,
    listen: { type: 'string', value: 'HOST:PORT', description: 'where', multiple: true },
  };
  assert.deepEqual(parseFlags(['--listen', 'a:1', '--data', 'd', '--listen=b:2'], withListen, false), {
    ok: true,
    flags: { values: { listen: ['a:1', 'b:2'], data: 'd' }, positionals: [] },
  });
  const again = parseFlags(['--listen', 'a:1', '--data', 'd', '--data', 'e'], withListen, false);
  assert.deepEqual(again, { ok: false, message: '--data is given twice; give it once' });
  assert.deepEqual(parseFlags(['--listen', 'a:1', '--listen'], withListen, false), {
    ok: false,
    message: '--listen needs a value: --listen HOST:PORT',
  });
});
