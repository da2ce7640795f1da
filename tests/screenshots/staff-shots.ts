/**
 * The staff tool's screens for `npm run screenshots`: its first run, the results dashboard, every
 * result an import can have, the kiosks (asking to pair over the network too), receiving over the
 * network, the social report and poster (in the tool and as printed), the keys, and keys that
 * cannot be opened; then the dashboard over answers from three kiosks in two centres over two months. In Finnish and English at the sizes of an office screen
 * and a laptop. Served by a real `kuulluksi serve --role staff` with its own temp data and folders
 * standing in for USB sticks; the batches are made by the kiosk's own core, as real kiosks make them.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type RunningHost } from '../../build/serve-host.ts';
import { batchFileName } from '../../electron/core/batch/format.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { createStaffKeyring } from '../../electron/core/staff/keys/staff-keyring.ts';
import { generateStaffIdentity, staffPublicKey } from '../../electron/core/staff/keys/staff-identity.ts';
import { exportFolderName } from '../../electron/core/usb/find-sticks.ts';
import { staffText, type StaffDictionary, type StaffLanguage } from '../../renderer/i18n/staff/index.ts';
import { dashboardPlan } from '../e2e/fixtures/dashboard-plan.ts';
import { staffFolderWithAnswers } from '../e2e/fixtures/staff-with-answers.ts';
import { kioskPairedWith, kioskPairedWithKey, startStaff } from '../e2e/staff-session.ts';
import { printPageQuery, printReadyAttribute } from '../../shared/print-page.ts';
import { closedPort } from '../helpers/closed-port.ts';
import { shootInOrder, type Shot } from './shoot.ts';
import { takeStaffCommentShots } from './staff-comment-shots.ts';

const layouts = {
  '1920x1080': { width: 1920, height: 1080 },
  '1366x768': { width: 1366, height: 768 },
} as const;
const shownLanguages: readonly StaffLanguage[] = ['fi', 'en'];

/** The staff tool looks for sticks every two seconds while a screen lists them. */
const stickSeen = { timeout: 10_000 };
/** Making keys and their backup, or a backup again, takes a few seconds by design. */
const sealing = { timeout: 60_000 };
const backupPassphrase = 'four words kept apart';

/** One run of the staff tool, from its first start, and the sticks and kiosks around it. */
type Scene = {
  words: StaffDictionary;
  language: StaffLanguage;
  dataDir: string;
  /** The folder whose folders are plugged-in sticks. */
  sticks: string;
  host: RunningHost;
  kiosk?: ReturnType<typeof kioskPairedWith>;
  /** Where the staff tool receives over the network, once the Network section turned it on. */
  lanPort?: number;
  /** The kiosk that asked to pair over the network first. */
  lanKioskId?: string;
  /** Undone at the end, last first. */
  cleanup: (() => unknown)[];
};

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });

/** A stick with the `Kuulluksi` folder kiosks export into; its path. */
function preparedStick(scene: Scene, label: string): string {
  const folder = join(scene.sticks, label, exportFolderName);
  mkdirSync(folder, { recursive: true });
  return folder;
}

async function openSection(page: Page, { words }: Scene, section: keyof StaffDictionary['sections']) {
  await page
    .getByRole('navigation', { name: words.sectionsLabel })
    .getByRole('button', { name: words.sections[section], exact: true })
    .click();
  await heading(page, words.sections[section]).waitFor();
}

/** A page made for printing, over all answers, as paper shows it; the next shot opens the tool again. */
async function openPrintPage(page: Page, { host, language }: Scene, print: 'report' | 'poster') {
  const filter = { period: { kind: 'all' }, place: { kind: 'all' }, language: 'all', includeRepeats: false };
  await page.goto(`${host.url}${printPageQuery({ page: print, language, filter })}`);
  await page.locator(`html[${printReadyAttribute}="drawn"]`).waitFor({ state: 'attached' });
}

type ResultCount = 'countImported' | 'countHeld' | 'countDuplicates' | 'countRejected';

/**
 * Imports what a stick's `Kuulluksi` folder holds, from the Import section once the stick is
 * seen, and waits for the result to count `batches` of the kind named.
 */
async function importFrom(page: Page, scene: Scene, label: string, kind: ResultCount, batches: number) {
  const { words } = scene;
  await openSection(page, scene, 'import');
  const stick = page.getByRole('listitem').filter({ hasText: label });
  await stick.getByRole('button', { name: words.importButton }).click(stickSeen);
  await page
    .getByRole('region', { name: words.resultTitle })
    .locator('dt')
    .filter({ hasText: new RegExp(`^${words[kind]}$`) })
    .locator('xpath=following-sibling::dd[1]')
    .filter({ hasText: words.batches(batches) })
    .waitFor();
}

/** The stick offered for a backup fills the path field by itself. */
const backupPathOffered = (page: Page, { words }: Scene) =>
  expect(page.getByLabel(words.backupFileLabel)).toHaveValue(/\.age$/, stickSeen);

/** A kiosk of its own asks this staff tool to pair over the network, as its admin view does; its code. */
async function kioskAsksToPair(scene: Scene): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-screenshots-kiosk-'));
  const kiosk = openKiosk({ dataDir, log: silentLog, usbRoots: [] });
  scene.cleanup.push(
    () => rmSync(dataDir, { recursive: true, force: true }),
    () => kiosk.close(),
  );
  const hello = await kiosk.lan.sayHello(`127.0.0.1:${scene.lanPort}`);
  if (!hello.ok) throw new Error(`the staff tool did not answer hello: ${JSON.stringify(hello.failure)}`);
  await kiosk.lan.requestPairing(hello.hello);
  return kiosk.identity.kioskId;
}

const shots: Shot<Scene>[] = [
  [
    'first-run',
    async (page, { words, language }) => {
      if (language !== 'fi') await button(page, 'English').click();
      await heading(page, words.firstRunTitle).waitFor();
    },
  ],
  [
    'first-run-restore',
    async (page, { words }) => {
      await button(page, words.chooseRestore).click();
      await heading(page, words.restoreTitle).waitFor();
    },
  ],
  [
    'first-run-create',
    async (page, scene) => {
      const { words } = scene;
      await button(page, words.back).click();
      await button(page, words.chooseCreate).click();
      await backupPathOffered(page, scene);
    },
  ],
  [
    'first-run-create-refused',
    async (page, { words }) => {
      await page.getByLabel(words.backupPassphraseLabel, { exact: true }).fill(backupPassphrase);
      await page.getByLabel(words.backupPassphraseAgainLabel).fill(`${backupPassphrase}?`);
      await button(page, words.createSubmit).click();
      await page.getByRole('alert').waitFor();
    },
  ],
  [
    'first-run-keys-created',
    async (page, { words }) => {
      await page.getByLabel(words.backupPassphraseAgainLabel).fill(backupPassphrase);
      await button(page, words.createSubmit).click();
      await heading(page, words.createdTitle).waitFor(sealing);
    },
  ],
  [
    'dashboard-empty',
    async (page, { words }) => {
      await button(page, words.continue).click();
      await heading(page, words.sections.dashboard).waitFor();
      await page.getByText(words.dashboard.empty).waitFor();
    },
  ],
  [
    'import-sticks',
    async (page, scene) => {
      // A kiosk paired with the file the first run wrote exports three batches onto a prepared stick.
      const kiosk = kioskPairedWith(join(scene.sticks, 'BACKUP', 'kuulluksi-staff-key.json'));
      scene.kiosk = kiosk;
      scene.cleanup.push(() => kiosk.close());
      const folder = preparedStick(scene, 'STAFF');
      await kiosk.answerAndExport([4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 3, 2], folder);
      await kiosk.answerAndExport([1, 2], folder);
      await kiosk.answerAndExport([3, 4], folder);
      await openSection(page, scene, 'import');
      await page.getByRole('listitem').filter({ hasText: folder }).waitFor(stickSeen);
    },
  ],
  [
    'import-held-new-kiosk',
    async (page, scene) => {
      await importFrom(page, scene, 'STAFF', 'countHeld', 3);
    },
  ],
  [
    'kiosks-waiting',
    async (page, { words }) => {
      await button(page, words.openKiosks).click();
      await heading(page, words.sections.kiosks).waitFor();
    },
  ],
  [
    'kiosks-approve',
    async (page, { words, kiosk }) => {
      await button(page, `${words.approve} ${kiosk!.kioskId}`).click();
      await heading(page, words.confirmTitle(kiosk!.kioskId)).waitFor();
    },
  ],
  [
    'kiosks-approved',
    async (page, { words, kiosk }) => {
      await button(page, words.confirmApprove).click();
      await page
        .getByRole('row')
        .filter({ hasText: kiosk!.kioskId })
        .filter({ hasText: words.approvedState })
        .waitFor();
    },
  ],
  [
    'dashboard',
    async (page, scene) => {
      await openSection(page, scene, 'dashboard');
      await page.getByRole('table').first().waitFor();
      await page.locator('svg').first().waitFor();
    },
  ],
  [
    'dashboard-side-by-side',
    async (page, { words }) => {
      await page.getByRole('switch', { name: words.dashboard.sideBySide }).check();
      await page.getByRole('heading', { name: words.dashboard.comparisonTitle }).first().waitFor();
    },
  ],
  [
    'import-already-imported',
    async (page, scene) => {
      await importFrom(page, scene, 'STAFF', 'countDuplicates', 3);
    },
  ],
  [
    'import-imported',
    async (page, scene) => {
      await scene.kiosk!.answerAndExport([5, 4, 4, 3], preparedStick(scene, 'KINGSTON'));
      await importFrom(page, scene, 'KINGSTON', 'countImported', 1);
    },
  ],
  [
    'import-rejected-and-missing',
    async (page, scene) => {
      // On an old stick: a damaged copy of a batch, a batch made for another staff tool's key,
      // and a kiosk's next batch whose one before it never arrived.
      const folder = preparedStick(scene, 'OLD');
      const kiosk = scene.kiosk!;
      await kiosk.answerAndExport([4], folder);
      await kiosk.answerAndExport([5], folder);
      const damaged = readFileSync(join(folder, batchFileName(kiosk.kioskId, 5)));
      damaged[damaged.length - 10]! ^= 0x01;
      writeFileSync(join(folder, 'kuulluksi-copy.age'), damaged);
      rmSync(join(folder, batchFileName(kiosk.kioskId, 5)));
      const stranger = kioskPairedWithKey(staffPublicKey(await generateStaffIdentity()));
      scene.cleanup.push(() => stranger.close());
      await stranger.answerAndExport([4, 4], folder);
      await importFrom(page, scene, 'OLD', 'countRejected', 2);
    },
  ],
  [
    'keys',
    async (page, scene) => {
      await openSection(page, scene, 'keys');
      await backupPathOffered(page, scene);
    },
  ],
  [
    'keys-another-backup-made',
    async (page, { words }) => {
      await page.getByLabel(words.backupPassphraseLabel, { exact: true }).fill(backupPassphrase);
      await page.getByLabel(words.backupPassphraseAgainLabel).fill(backupPassphrase);
      await button(page, words.anotherBackupSubmit).click();
      await heading(page, words.backupWrittenTitle).waitFor(sealing);
    },
  ],
  [
    'keys-public-key-saved',
    async (page, { words }) => {
      await button(page, words.publicKeySubmit).click();
      await heading(page, words.publicKeyWrittenTitle).waitFor();
    },
  ],
  [
    'network-off',
    async (page, scene) => {
      await openSection(page, scene, 'network');
      await page.getByRole('group', { name: scene.words.lan.statusTitle }).waitFor();
    },
  ],
  [
    'network-on',
    async (page, scene) => {
      const { lan } = scene.words;
      scene.lanPort = await closedPort();
      await page.getByLabel(lan.addressLabel).fill('127.0.0.1');
      await page.getByLabel(lan.portLabel).fill(String(scene.lanPort));
      await button(page, lan.turnOn).click();
      await page.getByText(lan.turnedOn(`127.0.0.1:${scene.lanPort}`)).waitFor();
    },
  ],
  [
    'kiosks-pairing-request',
    async (page, scene) => {
      const kioskId = await kioskAsksToPair(scene);
      scene.lanKioskId = kioskId;
      await openSection(page, scene, 'kiosks');
      await heading(page, scene.words.lan.requestTitle(kioskId)).waitFor(stickSeen);
    },
  ],
  [
    'kiosks-paired',
    async (page, { words }) => {
      await button(page, words.lan.approveBoth).click();
      await page.getByText(words.lan.lanStates.paired).waitFor();
    },
  ],
  [
    // A new key asking from where the paired kiosk was heard from (here, the same loopback address).
    'kiosks-possible-key-change',
    async (page, scene) => {
      const kioskId = await kioskAsksToPair(scene);
      await heading(page, scene.words.lan.requestTitle(kioskId)).waitFor(stickSeen);
      await page
        .getByRole('alert')
        .filter({ hasText: scene.words.lan.keyChangeTitle(scene.lanKioskId!) })
        .waitFor();
    },
  ],
  [
    'social-report',
    async (page, scene) => {
      await openSection(page, scene, 'socialReport');
      await page
        .getByRole('region', { name: scene.words.socialReport.preview })
        .getByRole('heading')
        .first()
        .waitFor();
    },
  ],
  ['social-report-print', (page, scene) => openPrintPage(page, scene, 'report')],
  ['poster-print', (page, scene) => openPrintPage(page, scene, 'poster')],
  // The same data opened with another passphrase, as the app opens keys sealed by the command line.
  [
    'keys-cannot-be-opened',
    async (page, scene) => {
      await scene.host.stop();
      const other = await startStaff({
        staffKeys: createStaffKeyring(() => 'not the passphrase of these keys'),
        dataDir: scene.dataDir,
      });
      scene.cleanup.push(() => other.stop());
      await page.goto(other.url);
      if (scene.language !== 'fi') await button(page, 'English').click();
      await heading(page, scene.words.problemTitle).waitFor(sealing);
    },
  ],
];

/** A new staff tool, as `kuulluksi serve --role staff` starts with no keys, with one stick plugged in. */
async function newStaffTool(language: StaffLanguage): Promise<Scene> {
  const root = mkdtempSync(join(tmpdir(), 'kuulluksi-screenshots-staff-'));
  const [dataDir, sticks, passphraseFile] = ['data', 'sticks', 'passphrase.txt'].map((name) =>
    join(root, name),
  );
  mkdirSync(join(sticks!, 'BACKUP'), { recursive: true });
  writeFileSync(passphraseFile!, 'the staff passphrase for screenshots\n', { mode: 0o600 });
  const host = await serve('staff', dataDir!, ['--passphrase-file', passphraseFile!, '--usb-root', sticks!]);
  return {
    words: staffText(language),
    language,
    dataDir: dataDir!,
    sticks: sticks!,
    host,
    cleanup: [() => rmSync(root, { recursive: true, force: true }), () => host.stop()],
  };
}

/** The results of three kiosks in two centres over two months, as staff read them each week. */
type Results = { words: StaffDictionary };

const resultShots: Shot<Results>[] = [
  [
    'dashboard-with-answers',
    async (page, { words }) => {
      await page.getByRole('heading', { name: words.dashboard.distributionTitle }).first().waitFor();
      await page.locator('svg').first().waitFor();
    },
  ],
  [
    'dashboard-month-side-by-side',
    async (page, { words }) => {
      await page.getByLabel(words.dashboard.filter.period, { exact: true }).selectOption('month');
      await page.getByLabel(words.dashboard.filter.month, { exact: true }).selectOption('11');
      await page.getByRole('switch', { name: words.dashboard.sideBySide }).check();
      await page.getByRole('heading', { name: words.dashboard.trendTitle.week }).first().waitFor();
      await page.getByRole('heading', { name: words.dashboard.comparisonTitle }).first().waitFor();
    },
  ],
];

async function takeResultShots(
  browser: Browser,
  layout: string,
  viewport: { width: number; height: number },
) {
  const staff = await startStaff({ dataDir: (await staffFolderWithAnswers(dashboardPlan)).dataDir });
  try {
    for (const language of shownLanguages) {
      const page = await browser.newPage({ viewport, locale: language === 'fi' ? 'fi-FI' : 'en-GB' });
      await page.goto(staff.url);
      if (language !== 'fi') await button(page, 'English').click();
      await shootInOrder(page, `staff-results-${language}-${layout}`, resultShots, {
        words: staffText(language),
      });
      await page.close();
    }
  } finally {
    await staff.stop();
  }
}

/** Every layout in each language, each with a staff tool of its own from its first start. */
export async function takeStaffShots(browser: Browser): Promise<void> {
  for (const [layout, viewport] of Object.entries(layouts)) {
    for (const language of shownLanguages) {
      const scene = await newStaffTool(language);
      try {
        const page = await browser.newPage({ viewport, locale: language === 'fi' ? 'fi-FI' : 'en-GB' });
        await page.goto(scene.host.url);
        await shootInOrder(page, `staff-${language}-${layout}`, shots, scene);
        await page.close();
      } finally {
        for (const undo of scene.cleanup.reverse()) await undo();
      }
    }
    await takeResultShots(browser, layout, viewport);
  }
  await takeStaffCommentShots(browser);
}
