// The screenshot tour (npm run screenshots): the overlay on two sites with its panel open, the popup and the
// options page, each in light, dark and German. Files: test-results/shots/<scheme>-<lang>-<view>.png.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DRIVERS } from '../e2e/drivers.ts';
import { openFixture, test } from '../e2e/fixtures.ts';
import { siteById } from '../e2e/hosts.ts';
import { overlayOf } from '../e2e/overlay.ts';

const OUT = 'test-results/shots';
const DRAFT: Record<string, string> = {
  en: 'We are SO excited to announce our new app!!! Download now and share it with everyone 🎉 #launch #app #new #deal',
  de: 'Wir freuen uns, Ihnen unsere neue App vorzustellen!!! Jetzt herunterladen und sofort teilen 🎉 #launch #app',
};

const VARIANTS = [
  { scheme: 'light', lang: 'en' },
  { scheme: 'dark', lang: 'en' },
  { scheme: 'light', lang: 'de' },
] as const;

async function coach(page: Page, site: 'x' | 'linkedin', text: string, name: string): Promise<void> {
  await openFixture(page, siteById(site).home);
  await DRIVERS[site].open(page);
  await DRIVERS[site].editor(page).click();
  await page.keyboard.type(text);
  const overlay = await overlayOf(page);
  await overlay.waitForBadge('pushiness', 10_000);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}-${site}-badges.png` });
  await overlay.clickBadge('pushiness');
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${OUT}/${name}-${site}-panel.png` });
}

for (const v of VARIANTS) {
  test.describe(`${v.scheme} ${v.lang}`, () => {
    test.use({ colorScheme: v.scheme, browserLanguage: v.lang === 'en' ? undefined : v.lang });
    const name = `${v.scheme}-${v.lang}`;

    test('overlay, popup and options', async ({ page, context, extensionId }) => {
      mkdirSync(OUT, { recursive: true });
      const text = DRAFT[v.lang] ?? '';
      await coach(page, 'x', text, name);
      await coach(page, 'linkedin', text, name);

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
  });
}
