import { AppError } from '../core/errors.ts';
import { readNamedFile } from '../core/fs/read-named-file.ts';
import {
  assertNewPassphrase,
  minPassphraseLength,
  type AskPassphrase,
} from '../core/keys/passphrase-seal.ts';
import type { OptionSpec } from './command.ts';

export const passphraseFileOption: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description: 'read the staff key passphrase from FILE, for scripts (otherwise it is asked for)',
};

export const backupPassphraseFileOption: OptionSpec = {
  type: 'string',
  value: 'FILE',
  description: 'read the backup passphrase from FILE, for scripts (otherwise it is asked for)',
};

type Source = {
  /** The file named by `flag`, if it was given. */
  file: string | undefined;
  flag: string;
  /** What the passphrase protects, for the prompt, e.g. "the staff keys". */
  protects: string;
  /** A passphrase being chosen: asked twice on a terminal, and checked for length. */
  isNew: boolean;
};

/**
 * A passphrase from a file (for scripts) or typed at the terminal without echo; never from the
 * command line itself, where process lists and shell history would keep it. It is read only when
 * asked for, so a command that fails first asks nobody to type.
 */
export function passphraseFrom({ file, flag, protects, isNew }: Source): AskPassphrase {
  return async () => {
    const passphrase =
      file !== undefined ? await readPassphraseFile(file, flag) : await typePassphrase(flag, protects, isNew);
    if (isNew) assertNewPassphrase(passphrase);
    return passphrase;
  };
}

/** The passphrase of the staff keys already in a data folder, for the commands that open them. */
export function staffKeysPassphrase(file: string | undefined): AskPassphrase {
  return passphraseFrom({ file, flag: 'passphrase-file', protects: 'the staff keys', isNew: false });
}

/** The file's one line; a final line break (as editors add) is not part of it. */
async function readPassphraseFile(file: string, flag: string): Promise<string> {
  const bytes = await readNamedFile(`the passphrase file ${file} (--${flag})`, file, 1024);
  const text = bytes.toString('utf8').replace(/\r?\n$/, '');
  if (/[\r\n]/.test(text) || text === '') {
    throw new AppError(
      'bad_request',
      `The passphrase file ${file} (--${flag}) must hold the passphrase on one line, and nothing else.`,
    );
  }
  return text;
}

async function typePassphrase(flag: string, protects: string, isNew: boolean): Promise<string> {
  if (!process.stdin.isTTY) {
    throw new AppError(
      'bad_request',
      `A passphrase for ${protects} is needed, and there is no terminal to type it on: give --${flag} FILE (a passphrase is never taken on the command line itself).`,
    );
  }
  if (!isNew) return readHidden(`Passphrase for ${protects}: `);
  const first = await readHidden(
    `Choose a passphrase for ${protects} (at least ${minPassphraseLength} characters): `,
  );
  assertNewPassphrase(first);
  if ((await readHidden('Type it again: ')) !== first) {
    throw new AppError('bad_request', 'The two passphrases typed differ; nothing was changed.');
  }
  return first;
}

/**
 * One line from the terminal in raw mode, so nothing typed is echoed; Ctrl+C or Ctrl+D cancels.
 * Raw mode is on before the prompt shows, so not even a fast typist's first keys are echoed.
 */
function readHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  process.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = () => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          return resolve(typed);
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          return reject(new AppError('bad_request', 'Cancelled; nothing was changed.'));
        }
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}
