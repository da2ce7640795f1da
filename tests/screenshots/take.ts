/**
 * `npm run screenshots`: every screen of the kiosk (client and reception) and of the staff tool,
 * as PNG files under screenshots/<set>/ (git-ignored), for a person to look at. Uses Debian's
 * Chromium against real `kuulluksi serve` hosts with their own temp data, so what is pictured is
 * what runs.
 */
import { chromium } from '@playwright/test';
import { chromiumExecutablePath } from '../../build/chromium.ts';
import { takeKioskShots } from './kiosk-shots.ts';
import { outDir } from './shoot.ts';
import { takeStaffShots } from './staff-shots.ts';

const browser = await chromium.launch({ executablePath: chromiumExecutablePath, args: ['--no-sandbox'] });
try {
  await takeKioskShots(browser);
  await takeStaffShots(browser);
} finally {
  await browser.close();
}
process.stdout.write(`Screenshots are in ${outDir}\n`);
