// The character counter and the budget's next free slot (issue 10) for a person to look at (npm run
// screenshots): the dock's counter near X's limit (amber) and past it (red), and the popup over that tab
// with the draft's length and the budget line, in light, dark and German.
// Files: $STEADY_SHOTS (default test-results/shots)/count-<scheme>-<lang>-<state>.png.
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { emptyBrandRules } from '../../lib/brand/schema';
import { defaultSettings } from '../../lib/settings/types';
import { DRIVERS } from '../e2e/drivers.ts';
import { expect, openFixture, test } from '../e2e/fixtures.ts';
import { overlayOf } from '../e2e/overlay.ts';
import { VARIANTS } from './variants.ts';

const OUT = process.env.STEADY_SHOTS ?? 'test-results/shots';

/** One post 20 minutes ago against 3 a day, 60 minutes apart: the spacing warning with its next slot. */
async function seedSpacing(context: BrowserContext): Promise<void> {
  const [sw] = context.serviceWorkers();
  const worker = sw ?? (await context.waitForEvent('serviceworker'));
  const settings = {
    ...defaultSettings(),
    brands: [
      {
        id: 'bean',
        name: 'Bean and Leaf',
        languages: ['en', 'de'],
        defaultLanguage: 'en',
        accounts: [{ platform: 'x', handle: 'steady_brand' }],
        budgets: { x: { perDay: 3, spacingMinutes: 60 } },
        rules: emptyBrandRules(),
      },
    ],
    activeBrandId: 'bean',
  };
  const event = {
    id: 'shot-x',
    at: Date.now() - 20 * 60_000,
    site: 'x',
    account: 'steady_brand',
    kind: 'post',
    scores: { broadcast: 40, pushiness: 40, missingValue: 40 },
  };
  await worker.evaluate(
    async (items) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set(items);
    },
    { settings, 'post-log': { version: 1, events: [event] } } as Record<string, unknown>,
  );
}

/**
 * Opens the action popup over `page`'s tab and returns a way to call the DevTools protocol in it (the popup
 * is no Playwright page: options-popup.spec.ts talks to it the same way).
 */
async function actionPopup(
  context: BrowserContext,
  page: Page,
): Promise<(method: string, params?: object) => Promise<Record<string, unknown>>> {
  await page.bringToFront();
  const [sw] = context.serviceWorkers();
  const worker = sw ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }
    ).chrome.action.openPopup(),
  );
  const cdp = await context.newCDPSession(page);
  let targetId = '';
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      targetId = targetInfos.find((t) => t.url.endsWith('/popup.html'))?.targetId ?? '';
      return targetId;
    })
    .not.toBe('');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  const pending = new Map<number, (value: Record<string, unknown>) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const reply = JSON.parse(e.message) as { id: number; result?: Record<string, unknown> };
    pending.get(reply.id)?.(reply.result ?? {});
  });
  let nextId = 1;
  return (method, params = {}) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
}

for (const v of VARIANTS) {
  test.describe(`${v.scheme} ${v.lang}`, () => {
    test.use({ colorScheme: v.scheme, browserLanguage: v.lang === 'en' ? undefined : v.lang });

    test('the counter near and past the limit, and the popup', async ({ page, context }) => {
      test.setTimeout(90_000);
      mkdirSync(OUT, { recursive: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await seedSpacing(context);
      await openFixture(page, 'https://x.com/home');
      await DRIVERS.x.open(page);
      await DRIVERS.x.editor(page).click();
      const words =
        v.lang === 'de'
          ? 'Neue Bohnen aus Kolumbien, frisch geröstet. '
          : 'New beans from Colombia, fresh roast. ';
      await page.keyboard.insertText(words.repeat(7).slice(0, 262));
      const overlay = await overlayOf(page);
      await expect.poll(async () => (await overlay.read())?.chars?.state, { timeout: 10_000 }).toBe('near');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/count-${v.scheme}-${v.lang}-near.png` });
      await page.keyboard.insertText(' Which one will you try first?');
      await expect.poll(async () => (await overlay.read())?.chars?.state, { timeout: 10_000 }).toBe('over');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/count-${v.scheme}-${v.lang}-over.png` });
      const popup = await actionPopup(context, page);
      const shown = async () => {
        const r = await popup('Runtime.evaluate', {
          expression: 'document.querySelector("[data-testid=popup-chars]") !== null',
          returnByValue: true,
        });
        return (r.result as { value?: unknown } | undefined)?.value;
      };
      await expect.poll(shown, { timeout: 10_000 }).toBe(true);
      await page.waitForTimeout(300);
      const shot = await popup('Page.captureScreenshot', { format: 'png' });
      writeFileSync(`${OUT}/count-${v.scheme}-${v.lang}-popup.png`, Buffer.from(String(shot.data), 'base64'));
    });
  });
}
