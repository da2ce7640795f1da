/**
 * The kiosk's screens for `npm run screenshots`: every client and reception screen at every screen
 * size kiosks stand on, against a real `kuulluksi serve` with its own temp data.
 */
import type { Browser, Page } from '@playwright/test';
import { startKiosk, type Kiosk } from '../e2e/kiosk-session.ts';
import { holdCorner, holdExportMidway, pin, previewIn, setPin } from '../e2e/reception.ts';
import { lanScreens, lanScreensDone } from './kiosk-lan-shots.ts';
import { shootInOrder, type Shot } from './shoot.ts';

/** The screens the kiosk is made for: landscape, portrait stands and a small tablet. */
const layouts = {
  'landscape-1920x1080': { width: 1920, height: 1080 },
  'landscape-1366x768': { width: 1366, height: 768 },
  'landscape-1280x800': { width: 1280, height: 800 },
  'portrait-1080x1920': { width: 1080, height: 1920 },
  'portrait-800x1280': { width: 800, height: 1280 },
} as const;

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** The kiosk notices a stick within two seconds of real time, and the screen asks after that. */
const stickSeen = { timeout: 10_000 };
/** Lets the screen see the kiosk's real export again after a step held it half-way. */
let release = async () => {};
/** Whether the browser has voices, so read-aloud's button is on the start screen (take.ts). */
let withVoices = false;

/** Voices arrive a moment after the page asks for them; where there are any, the button is awaited. */
async function readAloudOffered(page: Page, name: string) {
  if (withVoices) await button(page, name).waitFor({ timeout: 20_000 });
}

/**
 * Each screen in the order a person meets it; each step leaves the page on the screen named.
 * Files are numbered in this order.
 */
const screens: Shot<Kiosk>[] = [
  [
    'start',
    async (page) => {
      await page.getByRole('heading', { level: 1 }).waitFor();
      await readAloudOffered(page, 'Kuuntele');
    },
  ],
  // A kiosk without a PIN that has taken no answer yet: the first PIN may be chosen here.
  ['admin-new-kiosk', async (page) => holdCorner(page)],
  [
    'follow-up',
    async (page) => {
      await button(page, 'Peruuta').click();
      await button(page, 'Huono').click();
    },
  ],
  ['comment', async (page) => button(page, 'Ohita').click()],
  ['comment-scrubbed', async (page) => page.getByRole('textbox').fill('Soittakaa 040 123 4567, kiitos')],
  ['idle-warning', async (page) => page.clock.runFor(45_000)],
  [
    'thanks',
    async (page) => {
      await button(page, 'Lisää aikaa').click();
      await button(page, 'Lähetä').click();
    },
  ],
  ['help', async (page) => button(page, 'Tarvitsetko apua nyt?').click()],
  [
    'thanks-after-hardest-answer',
    async (page) => {
      await button(page, 'Takaisin').click();
      await page.clock.runFor(6_000);
      await button(page, 'Erittäin huono').click();
      await button(page, 'Ohita').click();
      await button(page, 'Ohita').click();
    },
  ],
  [
    'start-english-large-text',
    async (page) => {
      await page.clock.runFor(21_000);
      await button(page, 'English').click();
      await button(page, 'Larger text').click();
      await readAloudOffered(page, 'Listen');
    },
  ],
  ['follow-up-english-large-text', async (page) => button(page, 'Good').click()],
  ['comment-english-large-text', async (page) => button(page, 'Skip').click()],
  [
    'start-easy-finnish',
    async (page) => {
      await button(page, 'Skip').click();
      await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
      // The thank-you ends, and the next person starts in Finnish with normal text.
      await page.clock.runFor(6_000);
      await button(page, 'Selkosuomi').click();
    },
  ],
  [
    'about',
    async (page) => {
      await button(page, 'Suomi').click();
      await button(page, 'Tietoja').click();
    },
  ],
  [
    'start-usb-export-done',
    async (page, kiosk) => {
      await button(page, 'Sulje').click();
      kiosk.usb.plugIn('STAFF', { prepared: true });
      await page.getByText('Vienti valmis. Muistitikun voi irrottaa.').waitFor(stickSeen);
    },
  ],
  // Held half-way by the screenshot: a real export of a few batches is over before it could be taken.
  [
    'start-usb-exporting-large-text',
    async (page) => {
      release = await holdExportMidway(page, 'kiosk.exportNotice', {
        state: 'exporting',
        written: 2,
        total: 5,
      });
      await button(page, 'Isompi teksti').click();
      await page.getByText('Viedään vastauksia muistitikulle… 2 / 5').waitFor(stickSeen);
    },
  ],
  // The same kiosk without a PIN, now that it has taken answers: only IT can set the first one.
  [
    'admin-ask-it-for-pin',
    async (page, kiosk) => {
      await release();
      await button(page, 'Isompi teksti').click();
      kiosk.usb.pull('STAFF');
      await page.getByText('Vienti valmis').waitFor({ state: 'detached', ...stickSeen });
      await kiosk.answeredEarlier([4, 5, 3]);
      kiosk.usb.plugIn('KINGSTON');
      await holdCorner(page);
    },
  ],
  [
    'pin-pad',
    async (page, kiosk) => {
      await button(page, 'Lukitse ja palaa').click();
      setPin(kiosk.dataDir);
      await holdCorner(page);
    },
  ],
  [
    'admin-view-stick-in',
    async (page) => {
      for (const digit of pin) await button(page, digit).click();
      await button(page, 'OK').click();
      await page.getByRole('heading', { name: 'Ylläpito', exact: true }).waitFor();
      await page.getByText('Muistitikku on kytkettynä').waitFor();
    },
  ],
  [
    'admin-usb-stick',
    async (page) => {
      await button(page, 'Muistitikku').click();
      await page.getByRole('listitem').filter({ hasText: 'KINGSTON' }).waitFor(stickSeen);
    },
  ],
  [
    'admin-usb-exporting',
    async (page) => {
      release = await holdExportMidway(page, 'admin.sticks', {
        state: 'exporting',
        stick: 'KINGSTON',
        written: 2,
        total: 5,
      });
      await page.getByRole('progressbar').waitFor();
    },
  ],
  [
    'admin-usb-exported',
    async (page) => {
      await release();
      await page.getByRole('progressbar').waitFor({ state: 'detached' });
      await button(page, 'Vie vastaukset').click();
      await page.getByText('Voit irrottaa muistitikun.').waitFor(stickSeen);
    },
  ],
  // A failure held as the kiosk reports one, then the stick pulled: the message stays, since the answers still wait.
  [
    'admin-usb-failed',
    async (page, kiosk) => {
      kiosk.usb.pull('KINGSTON');
      // Held until the next screen: the pulled stick would clear the message before the shot.
      release = await holdExportMidway(page, 'admin.sticks', {
        state: 'failed',
        stick: 'KINGSTON',
        problem: 'full',
      });
      await page.getByText('Vastaukset odottavat yhä').waitFor(stickSeen);
    },
  ],
  [
    'admin-today',
    async (page) => {
      await release();
      await page.getByText('Kytke muistitikku kioskiin.').waitFor(stickSeen);
      await button(page, 'Päivän kysymys').click();
      await page.getByRole('heading', { name: 'Suunnitelma' }).waitFor();
    },
  ],
  [
    'admin-today-range-preview-english',
    async (page) => {
      await button(page, 'Lisää ajanjakso').click();
      await previewIn(page, 'English');
    },
  ],
  [
    'admin-bank',
    async (page) => {
      await button(page, 'Kysymyspankki').click();
      await button(page, 'Lisää uusi kysymys').waitFor();
    },
  ],
  [
    'admin-question-editor',
    async (page) => {
      await button(page, 'Muokkaa').first().click();
      await page.getByRole('heading', { name: 'Muokkaa kysymystä' }).waitFor();
    },
  ],
  [
    'admin-opening-hours',
    async (page) => {
      await button(page, 'Aukioloajat').click();
      await page.getByLabel('Auki vain näinä aikoina').check();
    },
  ],
  [
    'admin-settings',
    async (page) => {
      await closeToday(page);
      await button(page, 'Asetukset').click();
      await page.getByLabel('Kioskin nimi').waitFor();
    },
  ],
  ['admin-change-pin', async (page) => button(page, 'Vaihda PIN-koodi').click()],
  ...lanScreens,
  [
    'admin-exit',
    async (page) => {
      await lanScreensDone(page);
      await button(page, 'Sulje kioski').click();
    },
  ],
  [
    'closed',
    async (page) => {
      await button(page, 'Lukitse ja palaa').click();
      await page.getByRole('heading', { name: 'Kioski on nyt kiinni.' }).waitFor();
    },
  ],
  [
    'closed-usb-export-failed',
    async (page) => {
      release = await holdExportMidway(page, 'kiosk.exportNotice', { state: 'failed' });
      await page.getByText('Vienti muistitikulle ei onnistunut.', { exact: false }).waitFor(stickSeen);
    },
  ],
];

/** Opening hours that leave today closed, so the last screen is the closed one, whatever the day. */
async function closeToday(page: Page) {
  const today = new Intl.DateTimeFormat('fi', { weekday: 'long' }).format(new Date());
  const open = page
    .getByRole('group', { name: `${today[0]!.toUpperCase()}${today.slice(1)}` })
    .getByLabel('Auki', { exact: true });
  if (await open.isChecked()) await open.uncheck();
  await button(page, 'Tallenna').click();
  await page.getByText('Tallennettu.').waitFor();
}

/**
 * Every layout in turn, each with a kiosk of its own that starts new, paired with a staff key.
 * `voices`: the browser has them, so read-aloud is offered as on a kiosk with a voice.
 */
export async function takeKioskShots(browser: Browser, { voices }: { voices: boolean }): Promise<void> {
  withVoices = voices;
  for (const [layout, viewport] of Object.entries(layouts)) {
    const kiosk = await startKiosk();
    try {
      await kiosk.pairWithStaff();
      const page = await browser.newPage({ viewport, locale: 'fi-FI' });
      await page.clock.install();
      await page.goto(kiosk.host.url);
      await shootInOrder(page, `kiosk-${layout}`, screens, kiosk);
      await release();
      await page.close();
    } finally {
      await kiosk.stop();
    }
  }
}
