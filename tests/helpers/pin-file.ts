import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.ts';

/** A file holding `content` (a PIN and a line break, or anything else), as IT gives one to --set-pin-file. */
export function pinFile(content: string | Buffer): string {
  const file = join(tempDir('kuulluksi-pin-file-'), 'pin.txt');
  writeFileSync(file, content, { mode: 0o600 });
  return file;
}
