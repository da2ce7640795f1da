/**
 * The `age` command-line tool (age 1.1.1 from Debian; `apt-get install age`), the peer P3 and P4
 * measure against. It is run once per file from one shell loop, as a person would run it.
 */
import { spawnSync } from 'node:child_process';
import { timed } from './interleave.ts';

/** Encrypts each file to `recipient` into `outFolder` (same name plus .age); resolves with the ms taken. */
export function ageEncryptEach(
  files: readonly string[],
  recipient: string,
  outFolder: string,
): Promise<number> {
  return timed(() =>
    shellLoop('age -r "$RECIPIENT" -o "$OUT/${f##*/}.age" "$f"', files, {
      RECIPIENT: recipient,
      OUT: outFolder,
    }),
  );
}

/**
 * Decrypts each file with the identity file `keys` into `outFolder` (same name plus .json), or
 * throws the plaintext away without one; resolves with the ms taken.
 */
export function ageDecryptEach(files: readonly string[], keys: string, outFolder?: string): Promise<number> {
  const output = outFolder === undefined ? '/dev/null' : '"$OUT/${f##*/}.json"';
  return timed(() =>
    shellLoop(`age -d -i "$KEYS" -o ${output} "$f"`, files, { KEYS: keys, OUT: outFolder ?? '' }),
  );
}

function shellLoop(command: string, files: readonly string[], env: Record<string, string>): void {
  const result = spawnSync('sh', ['-c', `for f; do ${command} || exit 1; done`, 'sh', ...files], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const missing = spawnSync('age', ['--version']).error
      ? ' (is the age tool installed? apt-get install age)'
      : '';
    throw new Error(`age failed${missing}: ${result.stderr.trim()}`);
  }
}
