// The overlay's states for a person to look at (npm run screenshots): the badges, the panel a badge opens,
// the card on an underline, and the coaching hidden for the draft (handle plus the budget warning it keeps), on X and LinkedIn, on a
// desktop and a phone viewport, in light, dark and German. The fixtures have no dark theme, so the dark
// variant also darkens the page: the overlay follows the page's own scheme around the editor.
// Files: $STEADY_SHOTS (default test-results/shots)/overlay-<scheme>-<lang>-<site>-<width>-<state>.png.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { emptyBrandRules } from '../../lib/brand/schema';
import { defaultSettings } from '../../lib/settings/types';
import { DRIVERS } from '../e2e/drivers.ts';
import { openFixture, test } from '../e2e/fixtures.ts';
import { siteById } from '../e2e/hosts.ts';
import { overlayOf } from '../e2e/overlay.ts';
import { DRAFT, VARIANTS } from './variants.ts';

const OUT = process.env.STEADY_SHOTS ?? 'test-results/shots';

const DARK_PAGE = `
body, body * { background-color: #15181c !important; color: #e7e9ea !important; border-color: #3b4048 !important; }
`;

/** A brand that owns both fixture accounts, one post already today against a budget of one. */
async function seedOverBudget(page: Page, extensionId: string): Promise<void> {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const settings = {
    ...defaultSettings(),
    brands: [
      {
        id: 'bean',
        name: 'Bean and Leaf',
        languages: ['en', 'de'],
        defaultLanguage: 'en',
        accounts: [
          { platform: 'x', handle: 'steady_brand' },
          { platform: 'linkedin', handle: 'Alex Doe' },
        ],
        budgets: { x: { perDay: 1, spacingMinutes: 0 }, linkedin: { perDay: 1, spacingMinutes: 0 } },
        rules: emptyBrandRules(),
        ignores: [],
      },
    ],
    activeBrandId: 'bean',
  };
  const at = Date.now() - 2 * 60 * 60_000;
  const scores = { broadcast: 40, pushiness: 40, missingValue: 40 };
  const events = [
    { id: 'shot-x', at, site: 'x', account: 'steady_brand', kind: 'post', scores },
    { id: 'shot-li', at, site: 'linkedin', account: 'alex doe', kind: 'post', scores },
  ];
  await options.evaluate(
    async (items) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set(items);
    },
    { settings, 'post-log': { version: 1, events } },
  );
  await options.close();
}

async function states(page: Page, site: 'x' | 'linkedin', text: string, name: string, dark: boolean) {
  await openFixture(page, siteById(site).home);
  if (dark) await page.addStyleTag({ content: DARK_PAGE });
  await DRIVERS[site].open(page);
  // LinkedIn's share box lives in an open shadow root, which the page's style sheet does not reach.
  if (dark)
    await page.evaluate((css) => {
      const root = document.querySelector('#interop-outlet')?.shadowRoot;
      if (!root) return;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css.replaceAll('body, body *', '*'));
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }, DARK_PAGE);
  await DRIVERS[site].editor(page).click();
  await page.keyboard.type(text);
  const overlay = await overlayOf(page);
  await overlay.waitForBadge('pushiness', 10_000);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}-badges.png` });
  // The card on an underline (issue 10): a click on the "!!!" opens it next to the word.
  const bang = await DRIVERS[site].editor(page).evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent?.indexOf('!!!') ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + 3);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (bang) {
    await page.mouse.click(bang.x, bang.y);
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${OUT}/${name}-card.png` });
    await page.keyboard.press('Escape');
  }
  await overlay.clickBadge('pushiness');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}-panel.png` });
  await overlay.click('.panel [data-action=hide]');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}-hidden.png` });
}

for (const v of VARIANTS) {
  test.describe(`${v.scheme} ${v.lang}`, () => {
    test.use({ colorScheme: v.scheme, browserLanguage: v.lang === 'en' ? undefined : v.lang });

    for (const width of [1280, 390]) {
      test(`overlay states at ${width}px`, async ({ page, extensionId }) => {
        test.setTimeout(90_000);
        mkdirSync(OUT, { recursive: true });
        await page.setViewportSize({ width, height: width === 390 ? 844 : 800 });
        await seedOverBudget(page, extensionId);
        for (const site of ['x', 'linkedin'] as const) {
          const name = `overlay-${v.scheme}-${v.lang}-${site}-${width}`;
          await states(page, site, DRAFT[v.lang] ?? '', name, v.scheme === 'dark');
        }
      });
    }
  });
}
