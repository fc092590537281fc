// The welcome page (issue 12) in the built extension: it opens once after install, and not again when the
// service worker is stopped and woken; the two-minute setup makes a brand from the accounts
// Steady saw posting on the fixtures, with their names as the sites show them, and a draft on the X fixture
// is then coached with that brand's rules and budget; the popup's menu opens the page again; axe finds no
// serious violation in light and dark, in English, German and Dutch.
//
// What is NOT proven here: "not on update". `chrome.runtime.reload()` from the service worker would restart
// the extension as an update does, but in this Chromium (150, --load-extension) the reloaded extension stays
// blocked (its pages load with net::ERR_BLOCKED_BY_CLIENT; tried on 2026-12-06), and there is no other way to
// update an unpacked extension from Playwright. The decision itself ('install' opens, 'update',
// 'chrome_update' and the rest do not) is the unit test lib/background/install.test.ts; the wiring is one
// onInstalled listener in entrypoints/background.ts.
import { mkdirSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { DRIVERS } from './drivers.ts';
import { expect, model, openFixture, posted, test, waitForPosted } from './fixtures.ts';
import { overlayOf } from './overlay.ts';

declare const chrome: {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const SHOTS = process.env.STEADY_SHOTS ?? 'test-results/welcome-shots';

async function worker(context: BrowserContext): Promise<Worker> {
  const [sw] = context.serviceWorkers();
  return sw ?? context.waitForEvent('serviceworker');
}

const isWelcome = (p: Page, id: string) => p.url() === `chrome-extension://${id}/welcome.html`;

function welcomePages(context: BrowserContext, id: string): Page[] {
  return context.pages().filter((p) => isWelcome(p, id));
}

/** The tab the background opened at install (it may open before the test looks). */
async function installedWelcome(context: BrowserContext, id: string): Promise<Page> {
  await expect.poll(() => welcomePages(context, id).length, { timeout: 10_000 }).toBe(1);
  const [page] = welcomePages(context, id);
  if (!page) throw new Error('no welcome page');
  await page.waitForLoadState();
  return page;
}

async function publish(page: Page, site: 'x' | 'facebook', text: string): Promise<void> {
  const driver = DRIVERS[site];
  await driver.open(page);
  await driver.editor(page).click();
  await page.keyboard.insertText(text);
  await expect.poll(() => model(page)).toBe(text);
  const count = (await posted(page)).length;
  await driver.submit(page);
  await waitForPosted(page, count + 1);
  await driver.confirmed(page);
}

async function storedSettings(context: BrowserContext): Promise<{
  activeBrandId: string | null;
  brands: Array<{ name: string; accounts: unknown[]; budgets: unknown; languages: string[] }>;
}> {
  return (await worker(context)).evaluate(
    async () => (await chrome.storage.local.get('settings')).settings as never,
  );
}

test.describe('welcome page', () => {
  test('opens once after install, and not again when the worker restarts', async ({
    context,
    extensionId,
  }) => {
    const welcome = await installedWelcome(context, extensionId);
    await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to Steady');
    await expect(welcome.getByRole('heading', { name: /Your drafts stay with you/ })).toBeVisible();
    // Still one after a while: the install opened exactly one tab.
    await welcome.waitForTimeout(1000);
    expect(welcomePages(context, extensionId)).toHaveLength(1);

    // A restarted worker (Chrome stops idle ones; the popup wakes it) gets no install event: nothing opens.
    const cdp = await context.newCDPSession(welcome);
    const running = new Map<string, string>();
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) running.set(v.versionId, v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await expect.poll(() => [...running.values()].includes('running')).toBe(true);
    for (const [versionId, status] of running)
      if (status === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
    await expect.poll(() => [...running.values()].every((s) => s === 'stopped')).toBe(true);
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('budget-status')).toHaveText('Posts today: 0 · replies: 0');
    await expect.poll(() => [...running.values()].includes('running')).toBe(true);
    await popup.waitForTimeout(1500);
    expect(welcomePages(context, extensionId)).toHaveLength(1);
  });

  test('setup makes a brand of the accounts Steady saw (names as the sites show them), and X drafts get its rules', async ({
    context,
    page,
    extensionId,
  }) => {
    // Two posts before any setup: counted with the built-in rules and default budgets.
    await openFixture(page, 'https://www.facebook.com/');
    await publish(page, 'facebook', 'The shop opens at nine today.');
    await openFixture(page, 'https://x.com/home');
    await publish(page, 'x', 'Fresh bread from seven tomorrow.');

    const welcome = await context.newPage();
    await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
    const seen = welcome.getByTestId('seen-accounts');
    // The Page's name as Facebook shows it, not "brand page".
    await expect(seen.getByRole('checkbox', { name: 'Brand Page on Facebook' })).toBeChecked();
    await expect(seen.getByRole('checkbox', { name: '@steady_brand on X' })).toBeChecked();

    // Nothing is saved with a missing name; the field says why.
    await welcome.getByRole('button', { name: 'Create the brand' }).click();
    await expect(welcome.getByTestId('welcome-problems')).toBeVisible();
    await expect(welcome.getByLabel('Name')).toBeFocused();
    expect((await storedSettings(context))?.brands ?? []).toHaveLength(0);

    await welcome.getByLabel('Name').fill('Bean & Leaf');
    await welcome.getByRole('checkbox', { name: 'German' }).check();
    await welcome.getByLabel('Form of address in German').selectOption('du');
    // The budgets come filled in with the defaults, each with its reason.
    const xPerDay = welcome.getByLabel('X: Posts per day');
    await expect(xPerDay).toHaveValue('3');
    await expect(welcome.locator('td.reason').first()).toContainText('Hootsuite');
    await xPerDay.fill('1');
    await welcome.getByRole('button', { name: 'Create the brand' }).click();
    await expect(welcome.getByTestId('welcome-saved')).toContainText('Bean & Leaf is set up with 2 accounts');

    const settings = await storedSettings(context);
    expect(settings.brands).toHaveLength(1);
    expect(settings.brands[0]).toMatchObject({
      name: 'Bean & Leaf',
      languages: ['en', 'de'],
      accounts: expect.arrayContaining([
        { platform: 'facebook', handle: 'Brand Page' },
        { platform: 'x', handle: '@steady_brand' },
      ]),
      budgets: { x: { perDay: 1, spacingMinutes: 60 } },
    });

    // A draft on X is now the brand's: its budget (1, already used) and its rules.
    await page.bringToFront();
    await DRIVERS.x.editor(page).click();
    await page.keyboard.insertText('We are SO excited!!! Buy now');
    const overlay = await overlayOf(page);
    await overlay.waitForBadge('pushiness', 10_000);
    await expect
      .poll(async () => (await overlay.read())?.budget ?? null, { timeout: 10_000 })
      .toEqual({
        // "tomorrow", or "tomorrow 00:40" when the spacing after the post runs past midnight.
        text: expect.stringMatching(
          /^This would be post 2 today \(budget 1\)\. Next free slot: tomorrow( \d\d:\d\d)?$/,
        ),
        warning: 'over-budget',
      });
    await overlay.clickBadge('pushiness');
    await expect
      .poll(async () => (await overlay.read())?.panel?.text ?? '')
      .toContain('Brand rules: Bean & Leaf');

    // The popup shows the accounts under the brand with the names the sites showed.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Posts and budgets' }).click();
    await expect(popup.getByRole('meter', { name: 'Facebook Brand Page' })).toBeVisible();
    await expect(popup.locator('body')).not.toContainText('brand page');
  });

  test('skipping keeps the built-in rules and saves nothing; the popup menu opens the page again', async ({
    context,
    extensionId,
  }) => {
    const welcome = await installedWelcome(context, extensionId);
    await welcome.getByRole('button', { name: 'Skip setup' }).click();
    await expect(welcome.getByTestId('welcome-skipped')).toContainText('built-in rules');
    expect(await storedSettings(context)).toBeUndefined();

    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const opened = context.waitForEvent('page', { predicate: (p) => isWelcome(p, extensionId) });
    await popup
      .getByRole('navigation', { name: 'Steady menu' })
      .getByRole('button', { name: 'Welcome and setup' })
      .click();
    const again = await opened;
    await expect(again.getByRole('heading', { level: 1 })).toHaveText('Welcome to Steady');
  });
});

for (const lang of ['en', 'de', 'nl'] as const) {
  test.describe(`welcome page in ${lang}`, () => {
    test.use({ browserLanguage: lang === 'en' ? undefined : lang });
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe: no serious or critical violations (${scheme})`, async ({ context, page, extensionId }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 1000, height: 900 });
        await page.goto(`chrome-extension://${extensionId}/welcome.html`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('table')).toBeVisible();
        // With a typed account row and a shown error too.
        await page.locator('fieldset button').filter({ hasNotText: /^$/ }).last().click();
        await page.locator('.setup button.primary').click();
        await expect(page.locator('.field-error').first()).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
        if (lang !== 'en') expect(await page.locator('main').innerText()).not.toContain('Posting budget');
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: `${SHOTS}/welcome-${lang}-${scheme}.png`, fullPage: true });
        void context;
      });
    }
  });
}
