// How the overlay behaves around the person writing (issue 9, "never in the way"): Esc closes the panel from
// the editor too, and the editor still gets its Esc; a click outside closes it; a badge opens the panel with
// that score's findings first, each with the points it adds; the open panel never covers the post button;
// "Hide for this draft" hides the coaching but keeps a budget warning, and a handle brings it back. The
// overlay's shadow root is closed: it is read from the content script's world (./overlay.ts) and clicked
// with the mouse, like a person.
import type { Locator, Page } from '@playwright/test';
import { emptyBrandRules } from '../../lib/brand/schema';
import { analyze } from '../../lib/scoring/analyze';
import type { ScoreKey } from '../../lib/scoring/types';
import { type Brand, defaultSettings, type Settings } from '../../lib/settings/types';
import { DRIVERS } from './drivers.ts';
import { expect, model, openFixture, test } from './fixtures.ts';
import { SITES, type SiteId } from './hosts.ts';
import { overlayOf } from './overlay.ts';

const DRAFT = 'We are SO excited to announce our new app!!! Download now 🎉 #launch';

async function openComposer(page: Page, site: SiteId): Promise<void> {
  const driver = DRIVERS[site];
  await openFixture(page, driver.url ?? SITES.find((s) => s.id === site)?.home ?? '');
  await driver.open(page);
  await driver.editor(page).click();
}

/** Stores settings and a post log from an extension page, as the options page would. */
async function seed(page: Page, extensionId: string, items: { settings?: Settings; 'post-log'?: object }) {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(async (value) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { local: { set(items: object): Promise<void> } } };
    };
    await chrome.storage.local.set(value);
  }, items);
  await options.close();
}

/** Records, in the page's own world, every Escape keydown the editor gets and whether it was prevented. */
async function recordEditorEscapes(page: Page, site: SiteId): Promise<() => Promise<boolean[]>> {
  await DRIVERS[site].editor(page).evaluate((editor) => {
    const w = window as unknown as { __escapes: boolean[] };
    w.__escapes = [];
    // Bubble phase at the editor, after every capture listener (ours included) has run.
    editor.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Escape') w.__escapes.push(e.defaultPrevented);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __escapes: boolean[] }).__escapes);
}

test('Esc in the editor closes the panel, and the editor still gets its Esc', async ({ page }) => {
  await openComposer(page, 'x');
  await page.keyboard.type(DRAFT);
  const ov = await overlayOf(page);
  await ov.waitForBadge('pushiness');
  const escapes = await recordEditorEscapes(page, 'x');
  await ov.clickBadge('pushiness');
  await expect.poll(async () => (await ov.read())?.panel !== null).toBe(true);
  // Clicking the badge left the caret in the editor.
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'tweetTextarea_0',
  );
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await ov.read())?.panel ?? null).toBeNull();
  // The editor's own handlers saw the key, not prevented, and the draft is as it was.
  expect(await escapes()).toEqual([false]);
  expect(await model(page)).toBe(DRAFT);
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
    'tweetTextarea_0',
  );
  // The badges are still there; a second Esc with the panel closed changes nothing of ours.
  await page.keyboard.press('Escape');
  expect(await escapes()).toEqual([false, false]);
  expect(await ov.badgeCount()).toBe(3);
});

test('a click outside closes the panel; a badge click toggles it', async ({ page }) => {
  await openComposer(page, 'linkedin');
  await page.keyboard.type(DRAFT);
  const ov = await overlayOf(page);
  await ov.waitForBadge('broadcast');
  await ov.clickBadge('broadcast');
  await expect.poll(async () => (await ov.read())?.badges.broadcast?.expanded).toBe(true);
  // The same badge again closes it.
  await ov.clickBadge('broadcast');
  await expect.poll(async () => (await ov.read())?.panel ?? null).toBeNull();
  await ov.clickBadge('broadcast');
  await expect.poll(async () => (await ov.read())?.panel !== null).toBe(true);
  // A click in the editor is outside the panel: it closes, the caret goes where the person clicked.
  await DRIVERS.linkedin.editor(page).click();
  await expect.poll(async () => (await ov.read())?.panel ?? null).toBeNull();
  await ov.clickBadge('pushiness');
  await expect.poll(async () => (await ov.read())?.panel !== null).toBe(true);
  // And a click on the page far from everything.
  await page.mouse.click(20, 780);
  await expect.poll(async () => (await ov.read())?.panel ?? null).toBeNull();
  expect(await model(page)).toBe(DRAFT);
});

for (const key of ['pushiness', 'broadcast', 'missingValue'] as const satisfies readonly ScoreKey[]) {
  test(`clicking the ${key} badge lists ${key} findings first, each with the points it adds`, async ({
    page,
  }) => {
    await openComposer(page, 'facebook');
    await page.keyboard.type(DRAFT);
    const expected = analyze(await model(page), { platform: 'facebook' });
    const own = expected.findings.filter((f) => f.score === key);
    expect(own.length).toBeGreaterThan(0);
    const ov = await overlayOf(page);
    await ov.waitForBadge(key);
    await ov.clickBadge(key);
    await expect.poll(async () => (await ov.read())?.panel?.items.length ?? 0).toBe(expected.findings.length);
    const items = (await ov.read())?.panel?.items ?? [];
    // The first rows are exactly this score's causes, each once, each saying what it adds ("+28").
    const ownRules = new Set(own.map((f) => f.rule));
    expect(items.slice(0, own.length).every((i) => ownRules.has(i.rule))).toBe(true);
    for (const item of items) {
      const finding = expected.findings.find((f) => f.rule === item.rule);
      const points = Math.round(finding?.weight ?? 0);
      if (points > 0) expect(item.text).toContain(`+${points}`);
    }
    expect(new Set(items.map((i) => i.rule)).size).toBe(items.length);
    // The panel says whose rules applied: none configured, so the built-in ones.
    expect((await ov.read())?.panel?.text).toContain('Built-in rules');
  });
}

test('the open panel never covers the post button, on a wide and a phone-sized screen', async ({ page }) => {
  // Eleven composers at two screen sizes in one test: it needs more than the default 30 s on a loaded machine.
  test.setTimeout(120_000);
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    await page.setViewportSize(viewport);
    const buttons: Array<[SiteId, (page: Page) => Locator]> = [
      ['x', (p) => p.getByTestId('tweetButtonInline')],
      ['linkedin', (p) => p.locator('#interop-outlet .share-actions__primary-action')],
      ['facebook', (p) => p.locator('[role=dialog] div[role=button][aria-label=Post]')],
      ['threads', (p) => p.getByRole('dialog').getByRole('button', { name: 'Post', exact: true })],
      ['bluesky', (p) => p.getByTestId('composerPublishBtn')],
    ];
    for (const [site, submit] of buttons) {
      await openComposer(page, site);
      await page.keyboard.type(DRAFT);
      const ov = await overlayOf(page);
      await ov.waitForBadge('pushiness');
      await ov.clickBadge('pushiness');
      await expect.poll(async () => (await ov.read())?.panel !== null).toBe(true);
      await page.waitForTimeout(100); // placed in the next frame
      const button = submit(page);
      const box = await button.boundingBox();
      expect(box, `${site} post button`).not.toBeNull();
      const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName ?? null, {
        x: (box?.x ?? 0) + (box?.width ?? 0) / 2,
        y: (box?.y ?? 0) + (box?.height ?? 0) / 2,
      });
      expect(hit, `${site} at ${viewport.width}px`).not.toBe('STEADY-OVERLAY');
    }
  }
});

function overBudgetBrand(): Brand {
  return {
    id: 'bean',
    name: 'Bean and Leaf',
    languages: ['en'],
    defaultLanguage: 'en',
    accounts: [{ platform: 'x', handle: 'steady_brand' }],
    budgets: { x: { perDay: 1, spacingMinutes: 0 } },
    ignores: [],
    rules: emptyBrandRules(),
  };
}

test('"Hide for this draft" hides the coaching, keeps the budget warning, and a handle brings it back', async ({
  page,
  extensionId,
}) => {
  // One post already today against a budget of one: the next one breaks the budget.
  const brand = overBudgetBrand();
  await seed(page, extensionId, {
    settings: { ...defaultSettings(), brands: [brand], activeBrandId: brand.id },
    'post-log': {
      version: 1,
      events: [
        {
          id: 'seeded-0',
          at: Date.now() - 3 * 60 * 60_000,
          site: 'x',
          account: 'steady_brand',
          kind: 'post',
          scores: { broadcast: 50, pushiness: 50, missingValue: 50 },
        },
      ],
    },
  });
  await openComposer(page, 'x');
  await page.keyboard.type(DRAFT);
  const ov = await overlayOf(page);
  await ov.waitForBadge('pushiness');
  await expect.poll(async () => (await ov.read())?.budget?.warning ?? null).toBe('over-budget');
  const underlined = () => page.evaluate(() => CSS.highlights.size);
  expect(await underlined()).toBeGreaterThan(0);

  await ov.clickBadge('pushiness');
  await expect.poll(async () => (await ov.read())?.panel?.text ?? '').toContain('Brand rules: Bean and Leaf');
  await ov.click('.panel [data-action=hide]');
  await expect.poll(async () => (await ov.read())?.badges ?? {}).toEqual({});
  const hidden = await ov.read();
  expect(hidden?.panel).toBeNull();
  expect(hidden?.budget?.warning).toBe('over-budget');
  expect(await underlined()).toBe(0);
  // Typing on keeps it hidden for this draft.
  await page.keyboard.type(' Today only');
  await page.waitForTimeout(800);
  expect(await ov.badgeCount()).toBe(0);
  expect((await ov.read())?.budget?.warning).toBe('over-budget');

  // The handle brings the coaching back.
  await ov.click('[data-testid=steady-restore]');
  await ov.waitForBadge('pushiness');
  expect(await ov.badgeCount()).toBe(3);
  await expect.poll(underlined).toBeGreaterThan(0);
});

test('a hidden coach comes back by itself with the next draft', async ({ page }) => {
  await openComposer(page, 'x');
  await page.keyboard.type(DRAFT);
  const ov = await overlayOf(page);
  await ov.waitForBadge('pushiness');
  await ov.clickBadge('pushiness');
  await ov.click('.panel [data-action=hide]');
  await expect.poll(() => ov.badgeCount()).toBe(0);
  // Without a budget warning nothing of ours stays but the handle.
  expect((await ov.read())?.budget ?? null).toBeNull();
  // A cleared editor is a new draft.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect.poll(() => model(page)).toBe('');
  // The coach reads 300 ms after the last change (watcher.ts): let it see the empty editor.
  await page.waitForTimeout(700);
  await page.keyboard.type('Buy now!!! Last chance');
  await ov.waitForBadge('pushiness');
});
