// Two brands on one site (issue 9): a manager who runs several brands is coached, per draft, with the rules
// of the brand that owns the account composing — not with the active brand's. On the X fixture, two brands
// list one X account each and ban different phrases; the draft carries both phrases, and each account's
// draft is flagged by its own brand's rule only. The account is switched through the page's own account
// switcher, as a person would, and the next rescore follows it (with its budget line).
import type { Page } from '@playwright/test';
import { emptyBrandRules } from '../../lib/brand/schema';
import { type Brand, defaultSettings, type Settings } from '../../lib/settings/types';
import { DRIVERS } from './drivers.ts';
import { expect, openFixture, test } from './fixtures.ts';
import { overlayOf } from './overlay.ts';

const BEAN_REASON = 'Bean and Leaf never says cheap.';
const LABS_REASON = 'Steady Labs avoids synergy.';

const BEAN: Brand = {
  id: 'bean',
  name: 'Bean and Leaf',
  languages: ['en'],
  defaultLanguage: 'en',
  // Written as people type it; the page shows `steady_brand`.
  accounts: [{ platform: 'x', handle: '@Steady_Brand' }],
  budgets: { x: { perDay: 2, spacingMinutes: 0 } },
  rules: {
    ...emptyBrandRules(),
    banned: [{ phrase: 'cheap', level: 'error', reason: BEAN_REASON }],
  },
};

const LABS: Brand = {
  id: 'labs',
  name: 'Steady Labs',
  languages: ['en'],
  defaultLanguage: 'en',
  accounts: [{ platform: 'x', handle: 'steady_support' }],
  budgets: { x: { perDay: 5, spacingMinutes: 0 } },
  rules: {
    ...emptyBrandRules(),
    // Second in the list, so its finding (`brand:banned:1`) cannot be mistaken for Bean's (`brand:banned:0`).
    banned: [
      { phrase: 'zzzunused', level: 'error' },
      { phrase: 'synergy', level: 'error', reason: LABS_REASON },
    ],
  },
};

/** Both brands' banned phrases in one draft. */
const DRAFT = 'Cheap synergy for everyone: our new planner is out today.';

async function seed(page: Page, extensionId: string, settings: Settings): Promise<void> {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.local.set({ settings: value });
  }, settings);
  await options.close();
}

/** The brand findings in the open panel (opened with the person's click if it is closed), and its text. */
async function brandFindings(page: Page): Promise<{ rules: string[]; text: string }> {
  const overlay = await overlayOf(page);
  let view = await overlay.read();
  if (view && view.panel === null && view.badges.pushiness) {
    await overlay.clickBadge('pushiness');
    view = await overlay.read();
  }
  const panel = view?.panel;
  return {
    rules: (panel?.items ?? []).map((i) => i.rule).filter((r) => r.startsWith('brand:')),
    text: panel?.text ?? '',
  };
}

test("two brands on X: each account's draft is flagged by its own brand's rule, not the other's", async ({
  page,
  extensionId,
}) => {
  // Bean is the active brand: before issue 9, every X draft got Bean's rules whatever the account.
  await seed(page, extensionId, { ...defaultSettings(), brands: [BEAN, LABS], activeBrandId: BEAN.id });
  await openFixture(page, 'https://x.com/home');
  const overlay = await overlayOf(page);

  await test.step('steady_brand (Bean and Leaf): "cheap" is flagged, "synergy" is not', async () => {
    await DRIVERS.x.editor(page).click();
    await page.keyboard.type(DRAFT);
    await overlay.waitForBadge('pushiness', 10_000);
    await expect.poll(async () => (await brandFindings(page)).rules).toEqual(['brand:banned:0']);
    const { text } = await brandFindings(page);
    expect(text).toContain(BEAN_REASON);
    expect(text).not.toContain(LABS_REASON);
    await expect
      .poll(async () => (await overlay.read())?.budget?.text ?? '')
      .toContain('No posts yet today (budget 2)');
  });

  await test.step('switched to steady_support (Steady Labs): "synergy" is flagged, "cheap" is not', async () => {
    await page.getByTestId('SideNav_AccountSwitcher_Button').click();
    await page.getByTestId('AccountSwitcher_Switch_steady_support').click();
    // The next edit rescores the draft with the account the page shows now. Focus, not a click: where
    // the overlay sits over the composer is not this test's subject.
    await DRIVERS.x.editor(page).focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Really.');
    await expect
      .poll(async () => (await brandFindings(page)).rules, { timeout: 10_000 })
      .toEqual(['brand:banned:1']);
    const { text } = await brandFindings(page);
    expect(text).toContain(LABS_REASON);
    expect(text).not.toContain(BEAN_REASON);
    await expect
      .poll(async () => (await overlay.read())?.budget?.text ?? '')
      .toContain('No posts yet today (budget 5)');
  });
});
