// The compose-box coach on every fixture site, with the built extension: it finds the composer,
// shows the same scores as `steady score` for the editor's own text, never changes the editor
// (same model text with and without the extension, no mutation inside the editor while it works),
// makes no network request and logs no error.
import type { BrowserContext, Page } from '@playwright/test';
import { countChars } from '../../lib/count/count';
import { analyze } from '../../lib/scoring/analyze';
import { SCORE_KEYS } from '../../lib/scoring/types';
import { defaultSettings } from '../../lib/settings/types';
import { DRIVERS } from './drivers.ts';
import { callFixture, expect, model, openFixture, test } from './fixtures.ts';
import { SITES, type SiteId } from './hosts.ts';
import { overlayOf } from './overlay.ts';

/** Pushy enough to light up every score, with an emoji and a hashtag. */
const DRAFT = 'We are SO excited to announce our new app!!! Download now 🎉 #launch';
/** Mastodon needs a granted instance (tested in coach-mastodon.spec.ts). */
const MANIFEST_SITES = SITES.filter((s) => s.id !== 'mastodon');

// The overlay's shadow root is closed: tests read it from the content script's world (./overlay.ts).
const overlay = (page: Page) => overlayOf(page);

async function openComposer(page: Page, site: SiteId): Promise<void> {
  const driver = DRIVERS[site];
  await openFixture(page, driver.url ?? SITES.find((s) => s.id === site)?.home ?? '');
  await driver.open(page);
  await driver.editor(page).click();
}

/** The scores the overlay shows, as numbers. */
async function shownScores(page: Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  // A badge reads "Tone 77/100 rework": the score is the number before "/100".
  const reader = await overlay(page);
  for (const key of SCORE_KEYS) out[key] = Number(await reader.score(key));
  return out;
}

function expectedScores(text: string, site: SiteId): Record<string, number> {
  const a = analyze(text, { platform: site });
  return Object.fromEntries(SCORE_KEYS.map((k) => [k, a.scores[k].value]));
}

/**
 * A scripted writing session: typing, Enter, a paste, emoji, select-and-delete and undo. Editors
 * group keystrokes into undo steps by time (Quill 1 s, ProseMirror 0.5 s), and typing speed varies
 * with machine load, so the undo takes back one atomic paste with pauses around it: the same
 * step in every editor, at any speed.
 */
async function session(page: Page, site: SiteId): Promise<void> {
  await openComposer(page, site);
  await page.keyboard.type('Big news 🎉 our oat latte is back');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1_200);
  await page.keyboard.insertText('Pasted by mistake');
  await page.waitForTimeout(1_200);
  await page.keyboard.press('ControlOrMeta+z');
  await page.waitForTimeout(300);
  await page.keyboard.insertText('Pasted: 20% off until Sunday with code OAT20');
  await page.keyboard.type(' 👨‍👩‍👧 #coffee');
  // Lexical and ProseMirror apply input asynchronously: let the editor catch up before moving
  // the selection, or the selection keys race the typing (with or without any extension).
  await expect.poll(() => model(page), { timeout: 5_000 }).toMatch(/#coffee$/);
  for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+ArrowLeft', { delay: 20 });
  await page.waitForTimeout(200);
  await page.keyboard.press('Backspace');
  await expect.poll(() => model(page), { timeout: 5_000 }).not.toMatch(/coffee$/);
  await page.keyboard.type(' Which size do you take?');
  await page.waitForTimeout(700); // past the coach's 300 ms re-score
}

/** Every request the context makes, from pages and the extension's service worker. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

for (const site of MANIFEST_SITES) {
  test.describe(`coach on ${site.name}`, () => {
    test('shows the same scores as steady score for the text in the editor', async ({ page }) => {
      await openComposer(page, site.id);
      await page.keyboard.type(DRAFT);
      const text = await model(page);
      expect(text).toBe(DRAFT);
      const expected = expectedScores(text, site.id);
      await expect.poll(() => shownScores(page), { timeout: 5_000 }).toEqual(expected);
      // The panel says which language it scored and explains the words.
      const ov = await overlay(page);
      await ov.clickBadge('pushiness');
      await expect.poll(async () => (await ov.read())?.panel?.language).toMatch(/English/);
      expect((await ov.read())?.panel?.items.length).toBeGreaterThan(0);
      // Clicking our UI never takes the focus out of the composer.
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('STEADY-OVERLAY');
      // The length as this site counts it (the emoji is 2 on X, 1 on Bluesky), in the open panel.
      const used = countChars(text, site.id).used;
      const chars = (await ov.read())?.chars;
      expect(chars?.figure).toMatch(new RegExp(`^${used} / [\\d,]+$`));
      expect(chars?.state).toBe('ok');
      expect(chars?.words).toMatch(/^[\d,]+ characters left$/);
    });

    test('keeps the editor model identical to a browser without the extension', async ({
      page,
      barePage,
    }) => {
      await session(barePage, site.id);
      await session(page, site.id);
      const bare = await model(barePage);
      expect(bare).toContain('oat latte');
      expect(await model(page)).toBe(bare);
      await (await overlay(page)).waitForBadge('broadcast');
    });

    test('changes nothing inside the editor while it scores and redraws', async ({ page }) => {
      await openComposer(page, site.id);
      await page.keyboard.type(DRAFT);
      await (await overlay(page)).waitForBadge('pushiness');
      const editor = DRIVERS[site.id].editor(page);
      const before = await editor.evaluate((el) => el.outerHTML);
      await editor.evaluate((el) => {
        const w = window as unknown as { __steadyProbe: MutationRecord[] };
        w.__steadyProbe = [];
        new MutationObserver((records) => w.__steadyProbe.push(...records)).observe(el, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      });
      // Make the coach work: re-score on submit intent, reposition, open and close the panel.
      await page.mouse.wheel(0, 40);
      await page.setViewportSize({ width: 1200, height: 780 });
      await (await overlay(page)).clickBadge('broadcast');
      await page.keyboard.press('Escape');
      await page.waitForTimeout(800);
      const records = await page.evaluate(
        () => (window as unknown as { __steadyProbe: MutationRecord[] }).__steadyProbe.length,
      );
      expect(records).toBe(0);
      expect(await editor.evaluate((el) => el.outerHTML)).toBe(before);
    });

    test('finds the composer again after the site remounts it', async ({ page }) => {
      await openComposer(page, site.id);
      await page.keyboard.type('First words of a draft');
      await (await overlay(page)).waitForBadge('broadcast');
      await callFixture(page, 'remount');
      await DRIVERS[site.id].editor(page).click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Buy now!!! Last chance!!!');
      const text = await model(page);
      await expect.poll(() => shownScores(page), { timeout: 5_000 }).toEqual(expectedScores(text, site.id));
    });

    test('makes no network request and logs no error', async ({ page, context, barePage, bareContext }) => {
      const withExt = recordRequests(context);
      const without = recordRequests(bareContext);
      const errors: string[] = [];
      const bareErrors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      barePage.on('console', (m) => m.type() === 'error' && bareErrors.push(m.text()));
      barePage.on('pageerror', (e) => bareErrors.push(e.message));
      await session(barePage, site.id);
      await session(page, site.id);
      await (await overlay(page)).waitForBadge('broadcast');
      const norm = (urls: string[]) =>
        [...new Set(urls.filter((u) => !u.startsWith('chrome-extension://')))].sort();
      expect(norm(withExt)).toEqual(norm(without));
      expect(
        withExt.filter((u) => !/^https:\/\/[^/]+\//.test(u) && !u.startsWith('chrome-extension://')),
      ).toEqual([]);
      expect(errors).toEqual(bareErrors);
    });
  });
}

test('counts the way X does, amber near 280 and red past it, in words too (issue 10)', async ({ page }) => {
  await openComposer(page, 'x');
  // A URL is 23 on X whatever its length; each CJK character 2.
  const url = `https://example.com/${'a'.repeat(100)}`;
  await page.keyboard.insertText(`${'語'.repeat(110)} ${url}`);
  const ov = await overlay(page);
  await ov.waitForBadge('pushiness');
  // Well within the limit the dock stays as it was; the open panel has the count.
  expect((await ov.read())?.chars).toBeNull();
  await ov.clickBadge('pushiness');
  await expect
    .poll(async () => (await ov.read())?.chars, { timeout: 5_000 })
    .toEqual({
      figure: '244 / 280',
      words: '36 characters left',
      state: 'ok',
    });
  await page.keyboard.press('Escape');
  await page.keyboard.insertText('語'.repeat(5));
  await expect
    .poll(async () => (await ov.read())?.chars, { timeout: 5_000 })
    .toEqual({
      figure: '254 / 280',
      words: '26 characters left',
      state: 'near',
    });
  await page.keyboard.insertText('語'.repeat(20));
  await expect
    .poll(async () => (await ov.read())?.chars, { timeout: 5_000 })
    .toEqual({
      figure: '294 / 280',
      words: '14 over the limit',
      state: 'over',
    });
});

test('the X compose modal gets its own overlay', async ({ page }) => {
  await openFixture(page, 'https://x.com/home');
  await page.getByTestId('SideNav_NewTweet_Button').click();
  await page.locator('#layers [role=dialog] [data-testid=tweetTextarea_0]').click();
  await page.keyboard.type('Only today!!! Buy now');
  const text = await page.evaluate(() => window.__fixture?.model(0) ?? '');
  await expect.poll(() => shownScores(page), { timeout: 5_000 }).toEqual(expectedScores(text, 'x'));
});

test('the per-site switch turns the coach off and on without a reload', async ({ page, extensionId }) => {
  await openComposer(page, 'x');
  await page.keyboard.type(DRAFT);
  await (await overlay(page)).waitForBadge('pushiness');
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const setX = (on: boolean) =>
    options.evaluate(
      async ([value, defaults]) => {
        // The options page is an extension page, so it may use the storage API directly.
        const local = (
          globalThis as unknown as {
            chrome: {
              storage: {
                local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
              };
            };
          }
        ).chrome.storage.local;
        const stored = ((await local.get('settings')).settings ?? defaults) as typeof defaults;
        await local.set({ settings: { ...stored, sites: { ...stored.sites, x: value } } });
      },
      [on, defaultSettings()] as const,
    );
  await setX(false);
  await expect.poll(async () => (await overlay(page)).badgeCount()).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  await setX(true);
  await page.bringToFront();
  await DRIVERS.x.editor(page).click();
  await page.keyboard.type(' now');
  await (await overlay(page)).waitForBadge('pushiness');
});

test('marks the words behind the findings without touching the editor DOM', async ({ page }) => {
  await openComposer(page, 'facebook');
  await page.keyboard.type('Buy now, last chance!');
  await (await overlay(page)).waitForBadge('pushiness');
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
  expect(marked).toEqual(expect.arrayContaining(['Buy now', 'last chance']));
});

test('lists a repeated cause once and underlines each of its places', async ({ page }) => {
  const text = 'Our oat latte is back. #coffee #oat #latte #autumn #cafe #berlin';
  const expected = analyze(text, { platform: 'facebook' }).findings.find(
    (f) => f.rule === 'hashtag-stuffing',
  );
  expect(expected?.spans.length).toBeGreaterThanOrEqual(2);
  await openComposer(page, 'facebook');
  await page.keyboard.type(text);
  await (await overlay(page)).waitForBadge('pushiness');
  const marked = () =>
    page.evaluate(() => {
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
  await expect
    .poll(marked, { timeout: 5_000 })
    .toEqual(expect.arrayContaining(expected?.spans.map((s) => s.text) ?? ['?']));
  const ov = await overlay(page);
  await ov.clickBadge('pushiness');
  await expect
    .poll(async () => (await ov.read())?.panel?.items.filter((i) => i.rule === 'hashtag-stuffing').length)
    .toBe(1);
  const item = (await ov.read())?.panel?.items.find((i) => i.rule === 'hashtag-stuffing');
  expect(item?.spans).toBe(expected?.spans.length);
  expect(item?.text).toContain(expected?.message.text ?? '?');
});

test('the keyboard command opens the panel, focuses it, and Esc returns to the editor', async ({
  page,
  extensionId,
}) => {
  await openComposer(page, 'x');
  await page.keyboard.type(DRAFT);
  await (await overlay(page)).waitForBadge('pushiness');
  // The command itself is a browser shortcut (Alt+Shift+S); the background forwards it to the tab
  // as a toggle-panel message, which is what this sends.
  const ext = await page.context().newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  await ext.evaluate(async () => {
    const { tabs } = (
      globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<Array<{ id?: number }>>;
            sendMessage(id: number, m: object): Promise<unknown>;
          };
        };
      }
    ).chrome;
    // Without the `tabs` permission tabs cannot be filtered by URL: send to every tab, only the
    // page with the content script answers.
    for (const tab of await tabs.query({})) {
      if (tab.id !== undefined)
        await tabs.sendMessage(tab.id, { type: 'toggle-panel' }).catch(() => undefined);
    }
  });
  await page.bringToFront();
  const ov = await overlay(page);
  await expect.poll(async () => Boolean((await ov.read())?.panel)).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('STEADY-OVERLAY');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await ov.read())?.panel ?? null).toBeNull();
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'tweetTextarea_0',
  );
});

test('leaves fields marked data-gramm="false" alone', async ({ page }) => {
  await openFixture(page, 'https://x.com/home');
  // The page opts this field out of writing assistants (Grammarly's attribute, which we honour).
  await DRIVERS.x.editor(page).evaluate((el) => el.setAttribute('data-gramm', 'false'));
  await DRIVERS.x.editor(page).click();
  await page.keyboard.type(DRAFT);
  await page.waitForTimeout(1_000);
  expect(await (await overlay(page)).badgeCount()).toBe(0);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});
