/**
 * The staff tool's Comments section for `npm run screenshots`, in Finnish and English on a
 * laptop's screen: the list, the form asking who decided, and a hidden comment with the change
 * log. The comments come in a real batch from the kiosk's own core (tests/e2e/staff-comments-data.ts).
 */
import type { Browser, Page } from '@playwright/test';
import { staffText, type StaffDictionary, type StaffLanguage } from '../../renderer/i18n/staff/index.ts';
import { staffFolderWithComments } from '../e2e/staff-comments-data.ts';
import { startStaff } from '../e2e/staff-session.ts';
import { shootInOrder, type Shot } from './shoot.ts';

type Scene = { words: StaffDictionary };

const card = (page: Page, text: string) => page.getByRole('listitem').filter({ hasText: text });

const shots: readonly Shot<Scene>[] = [
  [
    'comments',
    async (page, { words }) => {
      await page
        .getByRole('navigation', { name: words.sectionsLabel })
        .getByRole('button', { name: words.sections.comments, exact: true })
        .click();
      await page.getByText(words.comments.count(5)).waitFor();
    },
  ],
  [
    'comments-hide-asks-who-decided',
    async (page, { words }) => {
      await card(page, 'Saunavuoro puuttuu')
        .getByRole('button', { name: words.comments.actions.hide, exact: true })
        .click();
      await page.getByLabel(words.comments.decidedBy, { exact: true }).fill('tiimipalaveri 3.12.');
    },
  ],
  [
    'comments-hidden-and-logged',
    async (page, { words }) => {
      await page.getByRole('button', { name: words.comments.confirm, exact: true }).click();
      await page.getByRole('radio', { name: words.comments.shows.hidden, exact: true }).check();
      await page.getByText(words.comments.count(1)).waitFor();
    },
  ],
];

/** Finnish and English at 1366×768, each with a staff tool and comments of its own. */
export async function takeStaffCommentShots(browser: Browser): Promise<void> {
  for (const language of ['fi', 'en'] as const satisfies readonly StaffLanguage[]) {
    const staff = await startStaff({ dataDir: await staffFolderWithComments() });
    try {
      const page = await browser.newPage({
        viewport: { width: 1366, height: 768 },
        locale: language === 'fi' ? 'fi-FI' : 'en-GB',
      });
      await page.goto(staff.url);
      if (language === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
      await shootInOrder(page, `staff-comments-${language}-1366x768`, shots, { words: staffText(language) });
      await page.close();
    } finally {
      await staff.stop();
    }
  }
}
