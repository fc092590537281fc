// The Firefox build (`.output/firefox-mv3`) in a real Firefox: Debian's firefox-esr, driven over WebDriver
// BiDi by puppeteer-core, the extension installed temporarily (BiDi webExtension.install). On the X and
// Mastodon fixtures: the overlay appears with the scores `steady score` gives the same text, the editor's text
// is exactly what was typed (as in the same Firefox without the extension) and nothing inside the editor
// changes while the coach works, and a published post is counted once. Mastodon goes through the production
// grant: the options page's "Allow" click asks for the optional host permission, Firefox grants it (its
// prompt is switched off by a pref, browser.ts), and the background registers the content script.

import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { analyze } from '../../../lib/scoring/analyze';
import { type Platform, SCORE_KEYS } from '../../../lib/scoring/types';
import { startFixtureProxy } from '../proxy.ts';
import { FIREFOX_EXTENSION_PATH, FIREFOX_MISSING_MESSAGE, findFirefox } from './browser.ts';
import {
  badgeCount,
  clickBadge,
  type ExtensionApi,
  editorMutations,
  expect,
  model,
  openExtensionPage,
  openFixture,
  posted,
  readOverlay,
  shownScores,
  sleep,
  test,
  waitForEvents,
  watchEditor,
} from './fixtures.ts';

const X_EDITOR = '[data-testid=primaryColumn] [data-testid=tweetTextarea_0]';
const MASTODON_EDITOR = 'form.compose-form textarea.autosuggest-textarea__textarea';

/** Pushy enough to light up every score, with an emoji and a hashtag. */
const DRAFT = 'We are SO excited to announce our new app!!! Download now 🎉 #launch';

function expectedScores(text: string, platform: Platform): Record<string, number> {
  const a = analyze(text, { platform });
  return Object.fromEntries(SCORE_KEYS.map((k) => [k, a.scores[k].value]));
}

/** Typing with Enter, an emoji and a correction: the same keystrokes with and without the extension. */
async function writeOnX(page: Page): Promise<void> {
  await page.click(X_EDITOR);
  await page.keyboard.type('Big news 🎉 our oat latte is back');
  await page.keyboard.press('Enter');
  await page.keyboard.type('20% off until Sunday with code OAT20 #coffee');
  await expect.poll(() => model(page)).toMatch(/#coffee$/);
  for (let i = 0; i < 7; i++) await page.keyboard.press('Backspace');
  await expect.poll(() => model(page)).not.toMatch(/coffee$/);
  await page.keyboard.type(' Which size do you take?');
  await sleep(700); // past the coach's 300 ms re-score
}

test.describe('tooling', () => {
  test('findFirefox names the package to install when STEADY_FIREFOX points nowhere', () => {
    const saved = process.env.STEADY_FIREFOX;
    process.env.STEADY_FIREFOX = '/nonexistent/firefox';
    try {
      expect(() => findFirefox()).toThrow(FIREFOX_MISSING_MESSAGE);
      expect(FIREFOX_MISSING_MESSAGE).toContain('apt-get install -y firefox-esr');
    } finally {
      if (saved === undefined) delete process.env.STEADY_FIREFOX;
      else process.env.STEADY_FIREFOX = saved;
    }
  });

  test('the proxy tunnels the fixture hosts to the fixture server and refuses every other host', async ({
    server,
  }) => {
    const proxy = await startFixtureProxy(server.port);
    const connectStatus = (authority: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: proxy.port, method: 'CONNECT', path: authority });
        req.on('connect', (res, socket) => {
          socket.destroy();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    try {
      expect(await connectStatus('x.com:443')).toBe(200);
      expect(await connectStatus('mastodon.social:443')).toBe(200);
      expect(await connectStatus('example.com:443')).toBe(403);
      expect(await connectStatus('x.com:80')).toBe(403);
      expect(proxy.refused).toEqual(['example.com:443', 'x.com:80']);
    } finally {
      await proxy.close();
    }
  });
});

test('the Firefox build is MV3 with an event page, a gecko id, no data collected, and Mastodon optional', async ({
  firefox,
}) => {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_PATH, 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  // Firefox runs MV3 backgrounds as event pages (background.scripts); it has no extension service workers.
  expect(manifest.background).toEqual({ scripts: ['background.js'] });
  expect(manifest.browser_specific_settings.gecko).toEqual({
    id: 'steady@steady.invalid',
    strict_min_version: '140.0',
    data_collection_permissions: { required: ['none'] },
  });
  // https for Mastodon instances and team servers; plain http only for a team server on this machine.
  expect(manifest.optional_host_permissions).toEqual([
    'https://*/*',
    'http://localhost/*',
    'http://127.0.0.1/*',
  ]);
  expect(manifest.host_permissions).toBeUndefined();
  // Nothing beyond storage and scripting at install: Firefox cannot make `alarms` optional, so team sync
  // there runs its rounds on events (wxt.config.ts).
  expect(manifest.permissions).toEqual(['storage', 'scripting']);
  expect(manifest.optional_permissions).toBeUndefined();
  expect(firefox.extensionId).toBe('steady@steady.invalid');

  // Installed and running: the event page answers, and no Mastodon instance is granted yet.
  const options = await openExtensionPage(firefox.browser, 'options.html');
  const state = await options.evaluate(async () => {
    const api = (
      globalThis as unknown as {
        browser: ExtensionApi & { runtime: { sendMessage(m: unknown): Promise<unknown> } };
      }
    ).browser;
    return {
      warm: await api.runtime.sendMessage({ type: 'warm' }),
      origins: (await api.permissions.getAll()).origins ?? [],
    };
  });
  expect(state.warm).toEqual({ ok: true });
  expect(state.origins.filter((o) => o.includes('mastodon'))).toEqual([]);
});

test('X: the overlay shows the scores of steady score, and the editor keeps exactly what was typed', async ({
  firefox,
  bareFirefox,
}) => {
  const page = await openFixture(firefox.browser, 'https://x.com/home');
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e instanceof Error ? e.message : String(e)));

  await page.click(X_EDITOR);
  await page.keyboard.type(DRAFT);
  expect(await model(page)).toBe(DRAFT);
  await expect.poll(() => shownScores(page), { timeout: 10_000 }).toEqual(expectedScores(DRAFT, 'x'));
  // The words behind the pushiness findings are underlined through Firefox's CSS Custom Highlight API.
  const pushy = analyze(DRAFT, { platform: 'x' })
    .findings.filter((f) => f.score === 'pushiness')
    .flatMap((f) => f.spans.map((span) => DRAFT.slice(span.start, span.end)));
  expect(pushy.length).toBeGreaterThan(0);
  const marked = await page.evaluate(() => {
    const h = CSS.highlights.get('steady-pushiness');
    return h
      ? [...h].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
      : [];
  });
  expect(marked.sort()).toEqual(pushy.sort());

  // Nothing inside the editor changes while the coach re-scores, repositions and opens its panel.
  await watchEditor(page, X_EDITOR);
  const before = await page.$eval(X_EDITOR, (el) => el.outerHTML);
  await page.mouse.wheel({ deltaY: 40 });
  await page.setViewport({ width: 1200, height: 780 });
  await clickBadge(page, 'broadcast');
  await expect.poll(async () => (await readOverlay(page))?.panel?.items.length ?? 0).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await sleep(800);
  expect(await editorMutations(page)).toBe(0);
  expect(await page.$eval(X_EDITOR, (el) => el.outerHTML)).toBe(before);

  // A writing session gives the same editor text as the same keystrokes in Firefox without Steady.
  const bare = await openFixture(bareFirefox.browser, 'https://x.com/home');
  await writeOnX(bare);
  const session = await openFixture(firefox.browser, 'https://x.com/home');
  await writeOnX(session);
  const bareText = await model(bare);
  expect(bareText).toContain('oat latte');
  expect(await model(session)).toBe(bareText);
  await expect.poll(() => shownScores(session), { timeout: 10_000 }).toEqual(expectedScores(bareText, 'x'));
  expect(errors).toEqual([]);
});

test('X: a click publish is counted once, with its account and scores', async ({ firefox }) => {
  const options = await openExtensionPage(firefox.browser, 'options.html');
  const page = await openFixture(firefox.browser, 'https://x.com/home');
  await page.bringToFront();
  const started = Date.now();
  await page.click(X_EDITOR);
  await page.keyboard.type(DRAFT);
  await expect.poll(() => badgeCount(page), { timeout: 10_000 }).toBe(3);
  await page.click('[data-testid=tweetButtonInline]');
  await page.waitForSelector('[data-testid=toast] a[href*="/status/"]');
  await expect.poll(() => model(page)).toBe('');
  expect((await posted(page)).map((p) => p.text)).toEqual([DRAFT]);

  const [event] = await waitForEvents(options, 1);
  expect(event).toMatchObject({
    site: 'x',
    account: 'steady_brand',
    kind: 'post',
    scores: expectedScores(DRAFT, 'x'),
  });
  expect(event?.at).toBeGreaterThanOrEqual(started);
  expect(Object.keys(event ?? {}).sort()).toEqual(['account', 'at', 'id', 'kind', 'scores', 'site']);
});

test('Mastodon: allowed from the options page, then coached like steady score, and a post counted once', async ({
  firefox,
}) => {
  const DRAFT_M = 'We are excited to announce our new server!!! Follow us now';
  const page = await openFixture(firefox.browser, 'https://mastodon.social/home');
  await page.click(MASTODON_EDITOR);
  await page.keyboard.type('Buy now!!! Last chance');
  await sleep(800);
  expect(await badgeCount(page)).toBe(0); // not allowed yet: no content script on the instance

  // The production grant: type the instance, click "Allow" (the click is the user gesture Firefox requires
  // for permissions.request; its doorhanger is switched off by a pref, browser.ts).
  const options = await openExtensionPage(firefox.browser, 'options.html');
  await options.click('#mastodon-instance');
  await options.keyboard.type('mastodon.social');
  await options.click('form:has(#mastodon-instance) button[type=submit]');
  // The page answers with a notice, or with the error next to the field (e.g. an origin the manifest does
  // not declare optional: "Steady now runs on" never comes).
  const answer = await options.waitForFunction(
    () => {
      const error = document.querySelector('#mastodon-instance-error')?.textContent;
      if (error) return `error: ${error}`;
      return document.body.innerText.includes('Steady now runs on') ? 'granted' : false;
    },
    { timeout: 10_000 },
  );
  expect(await answer.jsonValue()).toBe('granted');
  const granted = () =>
    options.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      return {
        permission: await api.permissions.contains({ origins: ['https://mastodon.social/*'] }),
        scripts: (await api.scripting.getRegisteredContentScripts()).map(
          (s) => `${s.id} ${s.matches?.join(',')}`,
        ),
      };
    });
  await expect
    .poll(granted, { timeout: 10_000 })
    .toEqual({ permission: true, scripts: ['steady-mastodon https://mastodon.social/*'] });

  // A new page load on the instance gets the coach.
  await page.bringToFront();
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.fixtureReady !== undefined);
  await page.click(MASTODON_EDITOR);
  await page.keyboard.type(DRAFT_M);
  expect(await model(page)).toBe(DRAFT_M);
  await expect
    .poll(() => shownScores(page), { timeout: 10_000 })
    .toEqual(expectedScores(DRAFT_M, 'mastodon'));
  await watchEditor(page, MASTODON_EDITOR);
  await sleep(800);
  expect(await editorMutations(page)).toBe(0);
  expect(await model(page)).toBe(DRAFT_M);

  await page.click('.compose-form__submit button[type=submit]');
  await expect.poll(() => model(page)).toBe('');
  expect((await posted(page)).map((p) => p.text)).toEqual([DRAFT_M]);
  const [event] = await waitForEvents(options, 1);
  expect(event).toMatchObject({
    site: 'mastodon',
    account: 'steadybrand@mastodon.social',
    kind: 'post',
    scores: expectedScores(DRAFT_M, 'mastodon'),
  });
  // The instance's secret stays where it is.
  const stored = await options.evaluate(async () =>
    JSON.stringify(
      await (globalThis as unknown as { browser: ExtensionApi }).browser.storage.local.get(null),
    ),
  );
  expect(stored).not.toContain('FAKE');
});
