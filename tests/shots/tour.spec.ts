// The screenshot tour of the extension's own pages (npm run screenshots): the popup, the options page, the
// welcome page and the popup's 7-day picture per account in
// light, dark and German. The overlay's states are in overlay.spec.ts. Files: test-results/shots/<scheme>-<lang>-<view>.png.
import { mkdirSync } from 'node:fs';
import { test } from '../e2e/fixtures.ts';
import { VARIANTS } from './variants.ts';

const OUT = 'test-results/shots';

for (const v of VARIANTS) {
  test.describe(`${v.scheme} ${v.lang}`, () => {
    test.use({ colorScheme: v.scheme, browserLanguage: v.lang === 'en' ? undefined : v.lang });
    const name = `${v.scheme}-${v.lang}`;

    test('popup and options', async ({ context, extensionId }) => {
      mkdirSync(OUT, { recursive: true });
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await popup.waitForTimeout(600);
      await popup.screenshot({ path: `${OUT}/${name}-popup.png`, fullPage: true });

      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.waitForTimeout(600);
      await options.screenshot({ path: `${OUT}/${name}-options.png`, fullPage: true });
    });

    test('welcome page and the 7-day picture per account', async ({ context, extensionId }) => {
      mkdirSync(OUT, { recursive: true });
      const welcome = await context.newPage();
      await welcome.setViewportSize({ width: 1000, height: 900 });
      await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
      await welcome.getByRole('table').waitFor();
      await welcome.screenshot({ path: `${OUT}/${name}-welcome.png`, fullPage: true });

      // A brand with X (budget 2) and LinkedIn (budget 1): X over budget yesterday, LinkedIn two days ago.
      const noon = (daysAgo: number) => {
        const d = new Date();
        return new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysAgo, 12).getTime();
      };
      const ev = (n: number, at: number, site: string, account: string, kind = 'post') => ({
        id: `tour-${n}`,
        at,
        site,
        account,
        kind,
        scores: null,
      });
      const log = [
        ev(1, noon(2), 'linkedin', 'company:12345'),
        ev(2, noon(2) + 60_000, 'linkedin', 'company:12345'),
        ev(3, noon(2), 'x', 'beanandleaf'),
        ev(4, noon(1), 'x', 'beanandleaf'),
        ev(5, noon(1) + 60_000, 'x', 'beanandleaf'),
        ev(6, noon(1) + 120_000, 'x', 'beanandleaf'),
        ev(7, noon(1) + 180_000, 'x', 'beanandleaf', 'reply'),
        ev(8, noon(0) - 3_600_000, 'x', 'beanandleaf', 'reply'),
        ev(9, noon(3), 'facebook', 'alex doe'),
      ];
      const settings = {
        version: 1,
        brands: [
          {
            id: 'bean',
            name: 'Bean & Leaf',
            languages: ['en'],
            defaultLanguage: 'en',
            accounts: [
              { platform: 'x', handle: '@BeanAndLeaf' },
              { platform: 'linkedin', handle: 'company:12345' },
            ],
            budgets: { x: { perDay: 2, spacingMinutes: 60 } },
          },
        ],
        activeBrandId: 'bean',
      };
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await popup.evaluate(
        async ({ settings, log }) => {
          const storage = (
            globalThis as unknown as {
              chrome: { storage: { local: { set(items: object): Promise<void> } } };
            }
          ).chrome.storage.local;
          await storage.set({ settings, 'post-log': { version: 1, events: log } });
        },
        { settings, log: log.map((e) => (e.site === 'facebook' ? { ...e, displayName: 'Alex Doe' } : e)) },
      );
      await popup.reload();
      await popup.locator('#budget-heading').click();
      await popup.locator('.aw-row').first().waitFor();
      await popup.waitForTimeout(400);
      await popup.screenshot({ path: `${OUT}/${name}-popup-week.png`, fullPage: true });
    });
  });
}
