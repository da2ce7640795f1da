/**
 * The admin view's Network section for `npm run screenshots`: each state a staff PC can be in,
 * put into the real answers to the section's calls, since a picture has no staff PC to pair with
 * (tests/e2e/lan-section.spec.ts pairs with a real one).
 */
import type { Page } from '@playwright/test';
import type { Output } from '../../shared/contract/index.ts';
import type { LanStatus } from '../../shared/lan-status.ts';
import type { Kiosk } from '../e2e/kiosk-session.ts';
import type { Shot } from './shoot.ts';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

const receiver = { name: 'Toimisto', address: '192.168.1.20:4781', code: 'MFRGN-GZDF2-MZTWB-Q2LK4' };
const staffKeyCodes = ['MZUH7-VLPYV-MK6XT-O3EPZ'];
const kioskCode = 'ABCDW-EFGH6-IJKLG-MNOPO';

const status = (changes: Partial<LanStatus>): LanStatus => ({
  state: 'paired',
  receiver,
  staffKeyCodes,
  kioskCode,
  lastContactAt: '2026-11-16T09:42',
  waitingBatches: 0,
  waitingAnswers: 0,
  why: null,
  problem: null,
  ...changes,
});

/** Answers a method's calls with `value` in the core's own reply, until the page's routes are removed. */
async function answerWith<
  M extends 'admin.lan' | 'admin.lanPairing' | 'admin.lanDiscover' | 'admin.lanHello' | 'admin.lanPair',
>(page: Page, method: M, value: Output<M>): Promise<void> {
  await page.unroute(`**/api/${method}`);
  await page.route(`**/api/${method}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ok: true, value } });
  });
}

async function everyRead(page: Page, value: LanStatus): Promise<void> {
  await answerWith(page, 'admin.lan', value);
  await answerWith(page, 'admin.lanPairing', value);
}

export const lanScreens: Shot<Kiosk>[] = [
  [
    'admin-lan-found',
    async (page) => {
      await answerWith(page, 'admin.lanDiscover', {
        found: [
          { name: 'Toimisto', address: '192.168.1.20:4781' },
          { name: 'Ohjaajien huone', address: '192.168.1.31:4781' },
        ],
        problem: null,
      });
      await button(page, 'Verkko').click();
      await button(page, 'Toimisto (192.168.1.20:4781)').waitFor();
    },
  ],
  [
    'admin-lan-bad-address',
    async (page) => {
      await page.getByRole('textbox', { name: 'Henkilökunnan tietokoneen osoite' }).fill('192.168.1.20');
      await button(page, 'Näytä koodit').click();
      await page.getByRole('alert').filter({ hasText: 'osoite:portti' }).waitFor();
    },
  ],
  [
    'admin-lan-codes',
    async (page) => {
      await answerWith(page, 'admin.lanHello', { answered: true, receiver, staffKeyCodes, kioskCode });
      await page.getByRole('textbox', { name: 'Henkilökunnan tietokoneen osoite' }).fill(receiver.address);
      await button(page, 'Näytä koodit').click();
      await page.getByRole('heading', { name: 'Vertaa koodeja: Toimisto' }).waitFor();
    },
  ],
  [
    'admin-lan-waiting',
    async (page) => {
      const waiting = status({
        state: 'waiting',
        lastContactAt: null,
        why: 'waiting-for-staff',
        waitingAnswers: 4,
      });
      await answerWith(page, 'admin.lanPair', { started: true, status: waiting });
      await everyRead(page, waiting);
      await button(page, 'Koodit ovat samat: pyydä yhdistämistä').click();
      await page.getByRole('heading', { name: 'Odotetaan henkilökuntaa' }).waitFor();
    },
  ],
  [
    'admin-lan-paired-unreachable',
    async (page) => {
      await everyRead(page, status({ waitingBatches: 2, waitingAnswers: 7, why: 'unreachable' }));
      await page
        .getByText('Henkilökunnan tietokone ei vastaa', { exact: false })
        .waitFor({ timeout: 10_000 });
    },
  ],
  [
    'admin-lan-key-changed',
    async (page) => {
      await everyRead(
        page,
        status({ state: 'key-changed', waitingBatches: 1, waitingAnswers: 3, why: 'key-changed' }),
      );
      await page
        .getByText('Hälytys: henkilökunnan tietokoneen avain on vaihtunut')
        .waitFor({ timeout: 10_000 });
    },
  ],
  [
    'admin-overview-lan-alarm',
    async (page) => {
      await button(page, 'Yleiskatsaus').click();
      await page.getByText('Katso kohta Verkko.', { exact: false }).waitFor();
    },
  ],
];

/** The section's calls go to the core again, for the screens after these. */
export const lanScreensDone = (page: Page) => page.unrouteAll({ behavior: 'wait' });
