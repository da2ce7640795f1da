/**
 * `npm run screenshots`: every screen of the kiosk (client and reception) and of the staff tool,
 * as PNG files under screenshots/<set>/ (git-ignored), for a person to look at. Uses Debian's
 * Chromium against real `kuulluksi serve` hosts with their own temp data, so what is pictured is
 * what runs. Where speech-dispatcher is installed, Chromium gets a voice of the run's own, so the
 * kiosk's start screen shows read-aloud as a kiosk with a voice does.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../build/chromium.ts';
import { installed, startSpeechServices, withVoices } from '../e2e/speech-services.ts';
import { takeKioskShots } from './kiosk-shots.ts';
import { outDir } from './shoot.ts';
import { takeStaffShots } from './staff-shots.ts';

const speech = installed('speech-dispatcher') ? await startSpeechServices() : null;
try {
  const browser = await chromium.launch(
    speech ? withVoices(chromiumLaunchOptions, speech) : chromiumLaunchOptions,
  );
  try {
    await takeKioskShots(browser, { voices: speech !== null });
    await takeStaffShots(browser);
  } finally {
    await browser.close();
  }
} finally {
  await speech?.stop();
}
process.stdout.write(`Screenshots are in ${outDir}\n`);
