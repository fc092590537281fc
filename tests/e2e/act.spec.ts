// Issue 10: act on a finding. The card on an underline (hover, click, keyboard), Apply through the
// editor's own input path in every editor library the fixtures carry (Draft.js on X, Lexical on
// Facebook, Quill in LinkedIn's shadow root, TipTap on Bluesky, React's textarea on Mastodon), and
// ignores with a scope. Each apply is proven on the editor's MODEL (window.__fixture.model, never the
// DOM): it equals the expected text, one Ctrl+Z restores the original, the editor saw no mutation
// before the person's click, and the site's own post button posts the new text.
import type { Locator, Page } from '@playwright/test';
import { emptyBrandRules } from '../../lib/brand/schema';
import { type Brand, defaultSettings, type Settings } from '../../lib/settings/types';
import { DRIVERS } from './drivers.ts';
import { expect, model, openFixture, test, waitForPosted } from './fixtures.ts';
import { SITES, type SiteId } from './hosts.ts';
import { ensureMastodonVariant, withMastodonVariant } from './mastodon-variant.ts';
import { type OverlayReader, overlayOf } from './overlay.ts';

const DRAFT = 'Our oat latte is FRESHER this week. Which size do you take?';
const EXPECTED = 'Our oat latte is fresher this week. Which size do you take?';

async function openComposer(page: Page, site: SiteId): Promise<void> {
  const driver = DRIVERS[site];
  await openFixture(page, driver.url ?? SITES.find((s) => s.id === site)?.home ?? '');
  await driver.open(page);
  await driver.editor(page).click();
}

/** The centre of `word` in the editor, in viewport pixels (measured in the page, which changes nothing). */
async function wordCentre(editor: Locator, word: string): Promise<{ x: number; y: number }> {
  const at = await editor.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.textContent?.indexOf(w) ?? -1;
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, word);
  if (!at) throw new Error(`${word} is not in the editor`);
  return at;
}

/** Counts every mutation inside the editor from now on (window.__editorMutations, in the page). */
async function auditEditor(editor: Locator): Promise<void> {
  await editor.evaluate((el) => {
    const w = window as unknown as { __editorMutations: number };
    w.__editorMutations = 0;
    new MutationObserver((records) => {
      w.__editorMutations += records.length;
    }).observe(el, { childList: true, characterData: true, subtree: true, attributes: true });
  });
}

const mutations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __editorMutations: number }).__editorMutations);

async function waitForCard(reader: OverlayReader, rule: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const card = (await reader.read())?.card;
        return card?.placed ? card.rule : null;
      },
      { timeout: 5_000, message: `card ${rule}` },
    )
    .toBe(rule);
}

const CONTENTEDITABLE: Array<{ site: SiteId; library: string }> = [
  { site: 'x', library: 'Draft.js' },
  { site: 'facebook', library: 'Lexical' },
  { site: 'linkedin', library: 'Quill in a shadow root' },
  { site: 'bluesky', library: 'TipTap' },
];

for (const { site, library } of CONTENTEDITABLE) {
  test(`apply on ${site} (${library}): the model takes the fix, one undo restores it, the post carries it`, async ({
    page,
  }) => {
    const editor = DRIVERS[site].editor(page);
    await openComposer(page, site);
    await page.keyboard.type(DRAFT);
    const reader = await overlayOf(page);
    await reader.waitForBadge('pushiness', 10_000);
    // Editors group typing into one undo step by time (Quill 1 s): the fix must be a step of its own.
    await page.waitForTimeout(1_200);
    await auditEditor(editor);

    // Hovering the underlined word opens its card after a moment; nothing in the editor changes.
    const huge = await wordCentre(editor, 'FRESHER');
    await page.mouse.move(huge.x - 40, huge.y - 60);
    await page.mouse.move(huge.x, huge.y, { steps: 4 });
    await waitForCard(reader, 'all-caps');
    const card = (await reader.read())?.card;
    expect(card?.actions).toEqual(expect.arrayContaining(['apply', 'ignore-here']));
    expect(card?.text).toContain('FRESHER');
    expect(await mutations(page)).toBe(0);

    await reader.click('[data-action=apply]');
    await expect.poll(() => model(page), { timeout: 5_000 }).toBe(EXPECTED);
    await expect.poll(async () => (await reader.read())?.card?.outcome ?? null).toBe('applied');

    // One undo takes back exactly the fix.
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(() => model(page), { timeout: 5_000 }).toBe(DRAFT);

    // A click on the word opens the card at once; apply again, then post with the site's own button.
    await page.keyboard.press('Escape');
    await page.waitForTimeout(800); // the draft is scored again
    const again = await wordCentre(editor, 'FRESHER');
    await page.mouse.click(again.x, again.y);
    await waitForCard(reader, 'all-caps');
    await reader.click('[data-action=apply]');
    await expect.poll(() => model(page), { timeout: 5_000 }).toBe(EXPECTED);
    await DRIVERS[site].submit(page);
    const [post] = await waitForPosted(page, 1);
    expect(post?.text).toBe(EXPECTED);
  });
}

test('apply removes a hashtag wall down to the allowance, keeping the first tags (Draft.js)', async ({
  page,
}) => {
  const draft = 'Oat latte is back #coffee #oat #latte #barista #morning';
  await openComposer(page, 'x');
  await page.keyboard.type(draft);
  const reader = await overlayOf(page);
  await reader.waitForBadge('pushiness', 10_000);
  await page.waitForTimeout(1_000);
  const tag = await wordCentre(DRIVERS.x.editor(page), '#barista');
  await page.mouse.click(tag.x, tag.y);
  await waitForCard(reader, 'hashtag-stuffing');
  await reader.click('[data-action=apply]');
  await expect.poll(() => model(page), { timeout: 5_000 }).toBe('Oat latte is back #coffee #oat');
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => model(page), { timeout: 5_000 }).toBe(draft);
});

test.describe('on Mastodon (a React textarea: no underlines, so from the keyboard)', () => {
  test.beforeAll(() => {
    ensureMastodonVariant();
  });

  test('the shortcut steps to the card, Tab and Enter apply, Esc returns to the editor', async ({
    server,
  }) => {
    await withMastodonVariant(server.port, async (context, extensionId) => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      const settings = defaultSettings();
      settings.mastodonInstances = ['https://mastodon.social'];
      await seed(options, settings);
      const page = await context.newPage();
      await expect
        .poll(
          async () => {
            await openFixture(page, 'https://mastodon.social/home');
            await DRIVERS.mastodon.editor(page).click();
            await page.keyboard.type('x');
            await page.waitForTimeout(600);
            return (await overlayOf(page)).badgeCount();
          },
          { timeout: 20_000 },
        )
        .toBe(3);
      const editor = DRIVERS.mastodon.editor(page);
      await editor.fill('');
      await editor.click();
      await page.keyboard.type(DRAFT);
      const reader = await overlayOf(page);
      await expect.poll(() => model(page)).toBe(DRAFT);
      await reader.waitForBadge('pushiness', 10_000);
      await page.waitForTimeout(800);
      await auditEditor(editor);

      // The keyboard command (as the background forwards it): panel, then one card per finding.
      let rule: string | null = null;
      for (let i = 0; i < 12 && rule !== 'all-caps'; i++) {
        await toggle(options);
        await page.waitForTimeout(150);
        rule = (await reader.read())?.card?.rule ?? null;
      }
      expect(rule).toBe('all-caps');
      await expect.poll(async () => (await reader.read())?.card?.focused).toBe(true);
      expect(await mutations(page)).toBe(0);
      // The card's actions are reachable with Tab; Enter applies.
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        const focused = await reader.evaluateFocus();
        if (focused === 'apply') break;
      }
      expect(await reader.evaluateFocus()).toBe('apply');
      await page.keyboard.press('Enter');
      await expect.poll(() => model(page), { timeout: 5_000 }).toBe(EXPECTED);
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await reader.read())?.card ?? null).toBeNull();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await page.keyboard.press('ControlOrMeta+z');
      await expect.poll(() => model(page), { timeout: 5_000 }).toBe(DRAFT);
      await page.keyboard.press('ControlOrMeta+Shift+z');
      await expect.poll(() => model(page), { timeout: 5_000 }).toBe(EXPECTED);
      await DRIVERS.mastodon.submit(page);
      const [post] = await waitForPosted(page, 1);
      expect(post?.text).toBe(EXPECTED);
    });
  });
});

const BRAND: Brand = {
  id: 'acme',
  name: 'Acme Coffee',
  languages: ['en'],
  defaultLanguage: 'en',
  accounts: [{ platform: 'x', handle: '@steady_brand' }],
  budgets: {},
  ignores: [],
  rules: {
    ...emptyBrandRules(),
    banned: [
      { phrase: 'flash sale', level: 'error', reason: 'Acme never rushes people.', replacement: 'offer' },
    ],
  },
};

test('a banned phrase at level error is rework; never for this brand survives a reload, and Undo', async ({
  page,
  extensionId,
}) => {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await seed(options, { ...defaultSettings(), brands: [BRAND], activeBrandId: 'acme' });
  const draft = 'Our flash sale on oat lattes starts Monday. Which size do you take?';
  await page.bringToFront();
  await openComposer(page, 'x');
  await page.keyboard.type(draft);
  const reader = await overlayOf(page);
  await reader.waitForBadge('pushiness', 10_000);
  await expect.poll(async () => (await reader.read())?.badges.pushiness?.band).toBe('rework');

  const at = await wordCentre(DRIVERS.x.editor(page), 'flash');
  await page.mouse.click(at.x, at.y);
  await waitForCard(reader, 'brand:banned:0');
  const card = (await reader.read())?.card;
  expect(card?.text).toContain('Rule of the brand Acme Coffee');
  expect(card?.text).toContain('Acme never rushes people.');
  expect(card?.actions).toEqual(expect.arrayContaining(['apply', 'never-phrase']));
  expect(card?.actions).not.toContain('never-rule'); // a brand's own rule is ignored by phrase only

  await reader.click('[data-action=never-phrase]');
  await expect.poll(async () => (await reader.read())?.card?.outcome ?? null).toBe('ignored-brand');
  await expect.poll(async () => (await reader.read())?.badges.pushiness?.band).not.toBe('rework');
  expect(await storedIgnores(options)).toEqual([{ rule: 'brand:banned:0', phrase: 'flash sale' }]);

  // The scope survives a reload: the same draft is not flagged for it again.
  await openComposer(page, 'x');
  await page.keyboard.type(draft);
  await reader.waitForBadge('pushiness', 10_000);
  await page.waitForTimeout(600);
  expect((await reader.read())?.badges.pushiness?.band).not.toBe('rework');

  // The options page lists it with a remove button.
  await options.reload();
  await expect(options.getByTestId('ignores')).toContainText('flash sale');

  // Undo in the card takes it back.
  await page.bringToFront();
  await page.keyboard.type(' See you this WEEKEND');
  await page.waitForTimeout(800);
  const now = await wordCentre(DRIVERS.x.editor(page), 'WEEKEND');
  await page.mouse.click(now.x, now.y);
  await waitForCard(reader, 'all-caps');
  await reader.click('[data-action=never-rule]');
  await expect.poll(async () => (await reader.read())?.card?.outcome ?? null).toBe('ignored-brand');
  await expect.poll(() => storedIgnores(options)).toHaveLength(2);
  await reader.click('[data-action=undo]');
  await expect.poll(() => storedIgnores(options)).toEqual([{ rule: 'brand:banned:0', phrase: 'flash sale' }]);

  // The options page removes it again.
  await options.reload();
  await options
    .getByTestId('ignores')
    .getByRole('button', { name: /Stop ignoring .*flash sale/ })
    .click();
  await options.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => storedIgnores(options)).toEqual([]);
  await expect(options.getByTestId('ignores')).toContainText('Nothing is ignored for this brand.');
});

test('ignore here: the finding leaves this draft only, and Undo brings it back', async ({ page }) => {
  await openComposer(page, 'x');
  await page.keyboard.type(DRAFT);
  const reader = await overlayOf(page);
  await reader.waitForBadge('pushiness', 10_000);
  const before = await reader.score('pushiness');
  const at = await wordCentre(DRIVERS.x.editor(page), 'FRESHER');
  await page.mouse.click(at.x, at.y);
  await waitForCard(reader, 'all-caps');
  await reader.click('[data-action=ignore-here]');
  await expect.poll(async () => (await reader.read())?.card?.outcome ?? null).toBe('ignored-here');
  await expect.poll(() => reader.score('pushiness')).toBeLessThan(Number(before));
  await reader.click('[data-action=undo]');
  await expect.poll(() => reader.score('pushiness')).toBe(before);
});

async function seed(options: Page, settings: Settings): Promise<void> {
  await options.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.local.set({ settings: value });
  }, settings);
}

async function storedIgnores(options: Page): Promise<Array<{ rule: string; phrase?: string }>> {
  return options.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    const s = (await chrome.storage.local.get('settings')).settings as {
      brands: Array<{ ignores: Array<{ rule: string; phrase?: string }> }>;
    };
    return (s.brands[0]?.ignores ?? []).map(({ rule, phrase }) => (phrase ? { rule, phrase } : { rule }));
  });
}

/** The keyboard command as the background forwards it: a toggle-panel message to every tab. */
async function toggle(ext: Page): Promise<void> {
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
    for (const tab of await tabs.query({}))
      if (tab.id !== undefined)
        await tabs.sendMessage(tab.id, { type: 'toggle-panel' }).catch(() => undefined);
  });
}
