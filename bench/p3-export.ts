/**
 * P3: a kiosk's export of about 50 MB of answers (as batch JSON) into a folder: sealing them into
 * signed, encrypted batches and writing the files durably, against the age tool encrypting the
 * very same plaintext to the same staff key.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { kioskDatabaseFile, openKiosk } from '../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../electron/core/log.ts';
import { ageDecryptEach, ageEncryptEach } from './age-cli.ts';
import { pendingKiosk } from './fixtures.ts';
import { interleave, timed } from './interleave.ts';
import { profiledIfAsked } from './profile.ts';
import { row, sized, type Benchmark } from './row.ts';
import { withScratch } from './scratch.ts';
import { round } from './stats.ts';

export const p3Export: Benchmark = {
  id: 'P3',
  async run({ quick, progress }) {
    // About 200 bytes of batch JSON an answer: 250,000 make the 50 MB of issue 7.
    const responses = quick ? 10_000 : 250_000;
    const rounds = quick ? 2 : 3;
    const { databaseFile, staffKeys } = await pendingKiosk(responses, progress);
    return withScratch('p3', async (folder) => {
      let runs = 0;
      /** A fresh copy of the kiosk with everything pending, exported into an empty folder. */
      const exportOnce = async (stick: string) => {
        const dataDir = join(folder, `kiosk-${++runs}`);
        mkdirSync(dataDir);
        mkdirSync(stick);
        copyFileSync(databaseFile, join(dataDir, kioskDatabaseFile));
        const kiosk = openKiosk({ dataDir, log: silentLog, usbRoots: [] });
        try {
          let exported = 0;
          const ms = await timed(async () => {
            const summary = await profiledIfAsked('p3-export', () => kiosk.exportTo(stick));
            exported = summary.written.reduce((sum, batch) => sum + batch.responses, 0);
          });
          if (exported !== responses) throw new Error(`P3: exported ${exported} answers of ${responses}`);
          return ms;
        } finally {
          kiosk.close();
          rmSync(dataDir, { recursive: true });
        }
      };

      // An untimed first export warms the code up and gives the plaintext the age tool encrypts.
      progress(`P3: exporting ${responses} answers once untimed, then ${rounds} rounds against age`);
      const first = join(folder, 'first');
      await exportOnce(first);
      const plain = join(folder, 'plain');
      mkdirSync(plain);
      await ageDecryptEach(filesIn(first), staffKeys.file, plain);
      const plaintexts = filesIn(plain);
      const megabytes = plaintexts.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6;

      const ours = async () => {
        const stick = join(folder, 'stick');
        const ms = await exportOnce(stick);
        rmSync(stick, { recursive: true });
        return ms;
      };
      const age = async () => {
        const out = join(folder, 'age-out');
        mkdirSync(out);
        const ms = await ageEncryptEach(plaintexts, staffKeys.identity.ageRecipient, out);
        rmSync(out, { recursive: true });
        return ms;
      };
      const { oursMedian, peerMedian, ratio } = await interleave(rounds, ours, age, (done) =>
        progress(`P3: round ${done} of ${rounds}`),
      );
      const what = `${sized(responses, 'answers', quick)} = ${round(megabytes)} MB JSON`;
      const same =
        plaintexts.length === 1 ? 'plaintext' : `${plaintexts.length} plaintexts, one process each`;
      return [
        row(
          'P3 ours',
          `kiosk export (seal + write) of ${what}, median of ${rounds}`,
          round(oursMedian, 0),
          'ms',
        ),
        row('P3 age', `age -r of the same ${same}`, round(peerMedian, 0), 'ms'),
        row('P3 ratio', 'ours / age, in turns', round(ratio, 2), '×', 4),
      ];
    });
  },
};

function filesIn(folder: string): string[] {
  return readdirSync(folder)
    .sort()
    .map((name) => join(folder, name));
}
