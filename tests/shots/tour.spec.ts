// The screenshot tour of the extension's own pages (npm run screenshots): the popup and the options page in
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
  });
}
