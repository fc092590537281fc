// Mastodon runs on any instance: the user grants one, and the background registers the content
// script for it at runtime. This spec uses the `mastodon-e2e` build, which starts with
// mastodon.social granted (automation cannot click Chrome's permission prompt); everything after
// the grant is the production path.
import type { Page } from '@playwright/test';
import { analyze } from '../../lib/scoring/analyze';
import { defaultSettings, type Settings } from '../../lib/settings/types';
import { DRIVERS } from './drivers.ts';
import { expect, model, openFixture, test } from './fixtures.ts';
import { ensureMastodonVariant, withMastodonVariant } from './mastodon-variant.ts';
import { overlayOf } from './overlay.ts';

test.beforeAll(() => {
  ensureMastodonVariant();
});

async function saveSettings(page: Page, settings: Settings): Promise<void> {
  await page.evaluate(async (value) => {
    const local = (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local;
    await local.set({ settings: value });
  }, settings);
}

test('coaches on a granted Mastodon instance, and not before it is added', async ({ server }) => {
  await withMastodonVariant(server.port, async (context, extensionId) => {
    const page = await context.newPage();
    await openFixture(page, 'https://mastodon.social/home');
    await DRIVERS.mastodon.editor(page).click();
    await page.keyboard.type('Buy now!!! Last chance');
    await page.waitForTimeout(800);
    expect(await (await overlayOf(page)).badgeCount()).toBe(0); // not added in settings yet

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const settings = defaultSettings();
    settings.mastodonInstances = ['https://mastodon.social'];
    await saveSettings(options, settings);

    // The background registers the content script for the granted instance.
    await expect
      .poll(
        () =>
          options.evaluate(async () => {
            const scripting = (
              globalThis as unknown as {
                chrome: {
                  scripting: {
                    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
                  };
                };
              }
            ).chrome.scripting;
            return (await scripting.getRegisteredContentScripts()).map(
              (s) => `${s.id} ${s.matches?.join(',')}`,
            );
          }),
        { timeout: 10_000 },
      )
      .toEqual(['steady-mastodon https://mastodon.social/*']);
    await openFixture(page, 'https://mastodon.social/home');
    await DRIVERS.mastodon.editor(page).click();
    await page.keyboard.type('We are excited to announce our new server!!! Follow us now');
    const text = await model(page);
    const expected = analyze(text, { platform: 'mastodon' }).scores.pushiness.value;
    await expect
      .poll(async () => (await overlayOf(page)).score('pushiness'), { timeout: 10_000 })
      .toBe(expected);
    // The instance's secret stays where it is: nothing in extension storage holds the token.
    const stored = await options.evaluate(async () =>
      JSON.stringify(
        await (
          globalThis as unknown as { chrome: { storage: { local: { get(): Promise<object> } } } }
        ).chrome.storage.local.get(),
      ),
    );
    expect(stored).not.toContain('FAKE');
  });
});
