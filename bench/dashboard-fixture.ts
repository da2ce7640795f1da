/**
 * A year of a middling organisation for the dashboard's benchmark (P5D): 20 kiosks in four
 * centres, each sending 52 weekly batches of 1,000 answers. Every answer goes through a kiosk's
 * own core (its clock set to the day it was given, its screen in one of the four languages,
 * some quick repeats), each kiosk seals and exports its batches, and a staff store imports them
 * all. Seeded and cached (fixture-cache.ts): the first run takes minutes, the next none.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openKiosk, type Kiosk } from '../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../electron/core/kiosk/pairing.ts';
import { sealPendingResponses } from '../electron/core/kiosk/seal-pending.ts';
import { silentLog } from '../electron/core/log.ts';
import { importBatchFiles } from '../electron/core/staff/import-batches.ts';
import { storeStaffIdentity } from '../electron/core/staff/keys/sealed-key-store.ts';
import { generateStaffIdentity, staffPublicKey } from '../electron/core/staff/keys/staff-identity.ts';
import { openStaff } from '../electron/core/staff/open-staff.ts';
import type { Language } from '../shared/languages.ts';
import { valuesOf } from '../shared/scales.ts';
import { cachedFolder } from './fixture-cache.ts';
import { approveUpFront } from './fixtures.ts';
import { mulberry32 } from './kiosk-answers.ts';

type Progress = (message: string) => void;

export type DashboardWorld = {
  dataDir: string;
  /** A file holding the passphrase the staff keys are sealed with, for `serve --passphrase-file`. */
  passphraseFile: string;
  kiosks: number;
  weeks: number;
  perWeek: number;
};

const passphrase = 'the dashboard benchmark passphrase';

/** Who answers in which language: mostly Finnish, as at a Finnish day centre. */
const languageShares: readonly [Language, number][] = [
  ['fi', 0.85],
  ['sv', 0.08],
  ['en', 0.04],
  ['selko', 0.03],
];
const repeatShare = 0.05;
const questions = ['felt-heard', 'treated-with-respect', 'trust-the-staff'] as const;

export async function dashboardWorld(quick: boolean, progress: Progress): Promise<DashboardWorld> {
  const [kiosks, weeks, perWeek] = quick ? [4, 8, 200] : [20, 52, 1000];
  const dataDir = await cachedFolder(`dashboard-${kiosks}x${weeks}x${perWeek}`, async (building) => {
    progress(
      `generating ${kiosks} kiosks × ${weeks} weekly batches × ${perWeek} answers (cached afterwards)`,
    );
    const identity = await generateStaffIdentity();
    const staff = openStaff({ dataDir: join(building, 'staff') });
    writeFileSync(join(building, 'passphrase.txt'), passphrase, { mode: 0o600 });
    try {
      await storeStaffIdentity(staff.db, identity, passphrase, { workFactor: 10 });
      for (let k = 0; k < kiosks; k += 1) {
        const stick = join(building, `stick-${k}`);
        mkdirSync(stick);
        const time = { now: new Date(2026, 0, 5, 9, 0) };
        const kiosk = openKiosk({
          dataDir: join(building, `kiosk-${k}`),
          clock: () => time.now,
          log: silentLog,
          usbRoots: [],
        });
        try {
          pairWithStaff(kiosk.db, staffPublicKey(identity));
          approveUpFront(staff.db, {
            kioskId: kiosk.identity.kioskId,
            publicKey: kiosk.identity.keys.publicKey,
          });
          kiosk.settings.update({ centreName: `Keskus ${(k % 4) + 1}` });
          const random = mulberry32(k + 1);
          for (let week = 0; week < weeks; week += 1) {
            answerWeek(kiosk, time, week, perWeek, random);
            // Sealed once the week is over, so each batch is that week's answers.
            await sealPendingResponses(
              kiosk.db,
              kiosk.identity,
              perWeek,
              new Date(2026, 0, 5 + (week + 1) * 7),
            );
          }
          await kiosk.exportTo(stick);
        } finally {
          kiosk.close();
        }
        const summary = await importBatchFiles(staff.db, identity, [stick]);
        if (summary.imported.length !== weeks)
          throw new Error(`kiosk ${k}: imported ${summary.imported.length} of ${weeks} batches`);
        progress(`kiosk ${k + 1} of ${kiosks} imported`);
      }
    } finally {
      staff.close();
    }
  });
  return {
    dataDir: join(dataDir, 'staff'),
    passphraseFile: join(dataDir, 'passphrase.txt'),
    kiosks,
    weeks,
    perWeek,
  };
}

/** One week's answers, Monday to Friday from 9 to 17, each on the clock of the moment it was given. */
function answerWeek(kiosk: Kiosk, time: { now: Date }, week: number, count: number, random: () => number) {
  const monday = new Date(2026, 0, 5 + week * 7);
  const asked = questions.map((id) => kiosk.bank.entry(id).question);
  kiosk.db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const minute = Math.floor((i / count) * 5 * 8 * 60);
      time.now = new Date(
        monday.getFullYear(),
        monday.getMonth(),
        monday.getDate() + Math.floor(minute / 480),
        9,
        minute % 480,
      );
      const question = asked[Math.floor(random() * asked.length)]!;
      const values = valuesOf(question.scale);
      // Most answers lean good, as they do: the upper half twice as likely as the lower.
      const value = values[Math.min(values.length - 1, Math.floor(Math.sqrt(random()) * values.length))]!;
      kiosk.responses.submit({
        questionId: question.id,
        questionVersion: question.version,
        value,
        repeat: random() < repeatShare,
        language: pickLanguage(random()),
      });
    }
  })();
}

function pickLanguage(roll: number): Language {
  let cumulative = 0;
  for (const [language, share] of languageShares) {
    cumulative += share;
    if (roll < cumulative) return language;
  }
  return 'fi';
}
