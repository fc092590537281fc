// The options page and the popup in the built extension: brand rules set in options flag a draft in the
// popup's paste box, nothing invalid is saved, a malformed/foreign/hostile/huge settings file is refused
// with the old settings intact, markup in drafts and rules stays text, the UI follows the browser language
// (en/de/nl), keyboard-only use works, and axe finds no serious or critical violation, light or dark.
import { mkdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { overlayOf } from './overlay.ts';

// The extension's own APIs, as the service worker and extension pages see them (no @types/chrome here).
declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
  };
};

const FIXTURES = 'lib/settings/fixtures';
const SHOTS = process.env.STEADY_SHOTS ?? 'test-results/options-shots';

async function worker(context: BrowserContext) {
  const [sw] = context.serviceWorkers();
  return sw ?? context.waitForEvent('serviceworker');
}

async function stored(context: BrowserContext): Promise<unknown> {
  return (await worker(context)).evaluate(async () => (await chrome.storage.local.get('settings')).settings);
}

async function store(context: BrowserContext, settings: unknown): Promise<void> {
  await (await worker(context)).evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

/**
 * The v1 fixture as it is stored (without the file's format marker, no Mastodon grants, and with
 * `defaultBudgets: {}`, which validation fills in for settings from before it existed).
 */
function fixtureSettings(): Record<string, unknown> {
  const { format: _format, ...settings } = JSON.parse(readFileSync(`${FIXTURES}/v1-full.json`, 'utf8'));
  return { ...settings, mastodonInstances: [], defaultBudgets: {} };
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.locator('h1')).toBeVisible();
}

async function openPopup(page: Page, extensionId: string): Promise<void> {
  await page.setViewportSize({ width: 400, height: 700 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('h1')).toHaveText('Steady');
}

/**
 * Opens the real action popup over `page` (chrome.action.openPopup, Chrome 127+) and returns a way to run
 * expressions in it. Playwright does not list extension popups as pages, so this talks CDP to the popup
 * target: its active tab is then `page`, as when a person clicks the toolbar button.
 */
async function actionPopup(
  context: BrowserContext,
  page: Page,
): Promise<(expression: string) => Promise<unknown>> {
  await page.bringToFront();
  await (await worker(context)).evaluate(() => (chrome as unknown as ChromeAction).action.openPopup());
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
  const pending = new Map<number, (value: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    if (e.sessionId !== sessionId) return;
    const reply = JSON.parse(e.message) as { id: number; result?: { result?: { value?: unknown } } };
    pending.get(reply.id)?.(reply.result?.result?.value);
  });
  let nextId = 1;
  return (expression) =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      const params = { expression, returnByValue: true, awaitPromise: true };
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
      });
    });
}
interface ChromeAction {
  action: { openPopup(): Promise<void> };
}

test.describe('options and popup', () => {
  test('brand rules set in options flag a pasted draft in the popup; nothing invalid is saved', async ({
    context,
    page,
    extensionId,
  }) => {
    await openOptions(page, extensionId);
    await page.getByRole('button', { name: 'Add a brand' }).click();
    const name = page.getByLabel('Name', { exact: true });
    await expect(name).toBeFocused();
    await name.fill('Bean & Leaf');

    await page.getByRole('button', { name: 'Add a banned phrase' }).click();
    const phrase = page.getByLabel('Phrase', { exact: true });
    await expect(phrase).toBeFocused();
    // An invalid regular expression is named next to the field and blocks saving.
    await page.getByLabel('Type', { exact: true }).selectOption('pattern');
    const pattern = page.getByLabel('Regular expression', { exact: true });
    await pattern.fill('cheap(');
    await expect(page.locator('#f-brands-0-rules-banned-0-pattern-error')).toContainText(
      'This is not a valid regular expression',
    );
    await expect(pattern).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Type', { exact: true }).selectOption('phrase');
    await phrase.fill('cheap');
    await expect(page.locator('#f-brands-0-rules-banned-0-phrase-error')).toHaveCount(0);
    // A rule whose own examples fail is refused, with the example named next to it.
    const fine = page.getByLabel('Drafts it must not flag (one per line)');
    await fine.fill('Cheap coffee');
    await expect(page.locator('#f-brands-0-rules-banned-0-examples-fine-error')).toHaveText(
      '“Cheap coffee”: The rule flags this example, but it should be fine.',
    );
    await fine.fill('');
    await page.getByLabel('Drafts it must flag (one per line)').fill('So cheap!');
    await expect(page.locator('#f-brands-0-rules-banned-0-examples-flagged-error')).toHaveCount(0);

    await page.getByLabel('Hashtags', { exact: true }).fill('2');

    // A negative budget and a duplicate account are refused where they are typed.
    const perDay = page.getByLabel('X: Posts per day', { exact: true });
    await perDay.fill('-1');
    await expect(page.locator('#f-brands-0-budgets-x-perDay-error')).toHaveText(/must not be negative/);
    await page.getByRole('button', { name: 'Add an account' }).click();
    await page.getByLabel('Account 1', { exact: true }).fill('@beanleaf');
    await page.getByRole('button', { name: 'Add an account' }).click();
    await page.getByLabel('Account 2', { exact: true }).fill('BEANLEAF');
    await expect(page.locator('#f-brands-0-accounts-1-handle-error')).toHaveText(/listed twice/);
    await expect(page.getByTestId('save-status')).toHaveText('Problems to fix before saving: 2');

    await page.getByRole('button', { name: 'Save changes' }).click();
    expect(await stored(context)).toBeUndefined(); // nothing invalid was written
    // Save took us to the first problem instead, in the order of the page.
    await expect(page.getByLabel('Account 2', { exact: true })).toBeFocused();

    await perDay.fill('2');
    await page.getByRole('button', { name: 'Remove Account 2' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('Unsaved changes.');
    // The live preview already uses the unsaved rules.
    await page.getByLabel('Sample draft').fill('Cheap beans are back #coffee #beans #fresh');
    const preview = page.locator('.brand-preview .steady-analysis');
    await expect(preview.locator('[data-rule="brand:banned:0"]')).toContainText('Cheap');
    await expect(preview.locator('[data-rule="brand:limit:hashtags"]')).toBeVisible();

    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');
    expect(await stored(context)).toMatchObject({
      brands: [
        {
          name: 'Bean & Leaf',
          accounts: [{ platform: 'x', handle: '@beanleaf' }],
          budgets: { x: { perDay: 2, spacingMinutes: 60 } },
          rules: {
            // New banned phrases start at level error (issue 10: a brand's ban speaks up).
            banned: [{ phrase: 'cheap', level: 'error', examples: { flagged: ['So cheap!'] } }],
            limits: { hashtags: 2 },
          },
        },
      ],
    });

    // The popup, on a tab where no composer is focused, scores pasted text with the saved rules.
    const popup = await context.newPage();
    await openPopup(popup, extensionId);
    await popup.getByLabel('Paste or type a draft').fill('Our cheap beans are back #coffee #beans #fresh');
    const analysis = popup.locator('.steady-analysis');
    await expect(analysis.locator('[data-rule="brand:banned:0"]')).toContainText('"cheap" is on the brand');
    await expect(analysis.locator('[data-rule="brand:limit:hashtags"]')).toContainText('3 hashtags');
    await expect(analysis.locator('.sa-score')).toHaveCount(3);
  });

  test('the brand’s form of address in German is set in options and used by the preview and the popup', async ({
    context,
    page,
    extensionId,
  }) => {
    await openOptions(page, extensionId);
    await page.getByRole('button', { name: 'Add a brand' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Bäckerei Korn');
    // The setting shows for the languages the brand posts in.
    const german = page.getByLabel('Form of address in German', { exact: true });
    await expect(german).toHaveCount(0);
    await page.getByLabel('German', { exact: true }).check();
    await expect(german).toHaveValue('auto');
    await expect(page.getByLabel('Form of address in Dutch', { exact: true })).toHaveCount(0);
    await german.selectOption('du');
    const draft = 'Wir freuen uns, Ihnen unser neues Brot vorzustellen. Jetzt kaufen!';
    await page.getByLabel('Sample draft').fill(draft);
    const preview = page.locator('.brand-preview .steady-analysis');
    await expect(preview.locator('[data-rule="call-to-action"]')).toContainText('Behalte höchstens');
    await expect(preview.locator('[data-rule="mixed-register"]')).toHaveCount(0);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');
    expect(await stored(context)).toMatchObject({ brands: [{ rules: { register: { de: 'du' } } }] });

    const popup = await context.newPage();
    await openPopup(popup, extensionId);
    await popup.getByLabel('Paste or type a draft').fill(draft);
    const analysis = popup.locator('.steady-analysis');
    await expect(analysis.locator('[data-rule="call-to-action"]')).toContainText('Behalte höchstens');

    // "From the draft" stores nothing again.
    await german.selectOption('auto');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');
    const saved = (await stored(context)) as { brands: Array<{ rules: Record<string, unknown> }> };
    expect(saved.brands[0]?.rules).not.toHaveProperty('register');
  });

  test('markup in a draft, a rule and a name is text, never HTML', async ({ context, page, extensionId }) => {
    const xss = '<img src=x onerror="window.__steadyXss=1">';
    await openOptions(page, extensionId);
    await page.getByRole('button', { name: 'Add a brand' }).click();
    await page.getByLabel('Name', { exact: true }).fill(xss);
    await expect(page.locator('#f-brands-0-name-error')).toHaveText(/plain text here, not HTML/);
    await page.getByLabel('Name', { exact: true }).fill('Acme');
    await page.getByRole('button', { name: 'Add a banned phrase' }).click();
    await page.getByLabel('Phrase', { exact: true }).fill(xss);
    await page.getByLabel('Sample draft').fill(`Look: ${xss} and more`);
    const preview = page.locator('.brand-preview .steady-analysis');
    await expect(preview.locator('[data-rule="brand:banned:0"] .sa-words')).toHaveText(xss);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');

    const popup = await context.newPage();
    await openPopup(popup, extensionId);
    await popup.getByLabel('Paste or type a draft').fill(`Look: ${xss} and more`);
    await expect(popup.locator('[data-rule="brand:banned:0"] .sa-words')).toHaveText(xss);
    for (const p of [page, popup]) {
      expect(await p.locator('img').count()).toBe(0);
      expect(await p.evaluate(() => (window as { __steadyXss?: number }).__steadyXss)).toBeUndefined();
    }
  });

  test('a malformed, foreign, hostile or huge file is refused and the settings stay as they were', async ({
    context,
    page,
    extensionId,
  }) => {
    const before = fixtureSettings();
    await store(context, before);
    await openOptions(page, extensionId);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Bean & Leaf');
    const file = page.getByLabel('Import settings from a file');
    const alert = page.getByTestId('import-error');

    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['broken.json', '{"format": "steady-settings", "version": 1,', /The file is not valid JSON/],
      ['package.json', '{"name": "left-pad", "version": "1.3.0"}', /not a Steady settings file/],
      ['future.json', readFileSync(`${FIXTURES}/v2-future.json`), /newer Steady \(settings version 2\)/],
      ['hostile.json', readFileSync(`${FIXTURES}/hostile.json`), /plain text here, not HTML/],
      ['huge.json', Buffer.alloc(10 * 1024 * 1024, 0x20), /The file is 10\.5 MB/],
    ];
    for (const [name, content, message] of cases) {
      await file.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
      await expect(alert).toContainText(`“${name}” was not imported; nothing changed.`);
      await expect(alert).toContainText(message);
    }
    // Where each problem is, in the words of the file's own brands (its name is markup, listed as
    // text), with the exact path for whoever edits the JSON.
    await file.setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: readFileSync(`${FIXTURES}/hostile.json`),
    });
    await expect(alert).toContainText(
      '<img src=x onerror=alert(1)> › Account 1 (brands[0].accounts[0].platform): This must be one of x,',
    );
    // The hostile file's markup is listed as text.
    expect(await page.locator('img, script:not([src])').count()).toBe(0);
    expect(await stored(context)).toEqual(before);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Bean & Leaf');

    // A valid file replaces the settings after a confirmation, and exports back to the same settings.
    const next = {
      ...fixtureSettings(),
      brands: [{ ...(before.brands as object[])[1] }],
      activeBrandId: 'kiosk',
    };
    await file.setInputFiles({
      name: 'team.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'steady-settings', ...next })),
    });
    const replace = page.getByRole('button', { name: 'Replace settings' });
    await expect(replace).toBeFocused();
    await replace.press('Enter');
    await expect(page.getByText('Settings imported from “team.json”.')).toBeVisible();
    // A file from before ignores existed (issue 10) reads as ignoring nothing: `ignores: []` is filled in.
    const read = { ...next, brands: next.brands.map((b) => ({ ...b, ignores: [] })) };
    expect(await stored(context)).toEqual(read);
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Kiosk am Markt');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export settings' }).click();
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
    expect(exported).toEqual({ format: 'steady-settings', ...read });
  });

  test('default budgets are shown and editable before any brand exists; a brand overrides them', async ({
    context,
    page,
    extensionId,
  }) => {
    await openOptions(page, extensionId);
    await expect(page.getByText('No brands yet.')).toBeVisible();
    const section = page.locator('section[aria-labelledby="default-budgets-heading"]');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('Default budgets');
    const xPerDay = page.getByLabel('Default budgets, X: Posts per day', { exact: true });
    // Empty shows the built-in figure in grey.
    await expect(xPerDay).toHaveAttribute('placeholder', '3');
    await xPerDay.fill('5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');
    expect(await stored(context)).toMatchObject({
      brands: [],
      defaultBudgets: { x: { perDay: 5, spacingMinutes: 60 } },
    });

    // A new brand's empty X field now shows the default of the settings; its own figure overrides it.
    await page.getByRole('button', { name: 'Add a brand' }).click();
    const brandX = page.getByLabel('X: Posts per day', { exact: true });
    await expect(brandX).toHaveAttribute('placeholder', '5');
    await brandX.fill('2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');
    expect(await stored(context)).toMatchObject({
      brands: [{ budgets: { x: { perDay: 2, spacingMinutes: 60 } } }],
      defaultBudgets: { x: { perDay: 5, spacingMinutes: 60 } },
    });
  });

  test('the sticky save bar never covers the Mastodon instance field, also when its errors grow', async ({
    page,
    extensionId,
  }) => {
    await page.setViewportSize({ width: 1100, height: 600 });
    await openOptions(page, extensionId);
    // Several errors make the bar tall: an invalid default budget on every site.
    for (const site of ['X', 'LinkedIn', 'Facebook', 'Instagram'])
      await page.getByLabel(`Default budgets, ${site}: Posts per day`, { exact: true }).fill('0');
    const instance = page.getByLabel('Instance', { exact: true });
    await instance.focus();
    await instance.fill('not a server');
    await page.getByRole('button', { name: 'Allow Steady on this instance' }).click();
    await instance.focus();
    const covered = async () => {
      const field = await instance.boundingBox();
      const bar = await page.locator('.save-bar').boundingBox();
      return field && bar ? field.y + field.height > bar.y : true;
    };
    await expect.poll(covered).toBe(false);
  });

  test('a Mastodon instance that is not a host is named next to the field and nothing is requested', async ({
    context,
    page,
    extensionId,
  }) => {
    await openOptions(page, extensionId);
    const instance = page.getByLabel('Instance', { exact: true });
    await instance.fill('not a server');
    await page.getByRole('button', { name: 'Allow Steady on this instance' }).click();
    await expect(page.locator('#mastodon-instance-error')).toHaveText(
      "Enter the instance's address, e.g. mastodon.social.",
    );
    await expect(instance).toHaveAttribute('aria-invalid', 'true');
    expect(await stored(context)).toBeUndefined();
  });

  test('options work with the keyboard alone, in a sensible order', async ({
    context,
    page,
    extensionId,
  }) => {
    await openOptions(page, extensionId);
    expect(await page.locator('[tabindex]:not([tabindex="-1"]):not([tabindex="0"])').count()).toBe(0);
    const names: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      names.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(names).toEqual(['Brands', 'Default budgets', 'Sites', 'Import and export', 'Add a brand']);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Name', { exact: true })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Keyboard Co');
    // Everything after it is reachable by Tab, up to the save bar at the end.
    let reachedSave = false;
    for (let i = 0; i < 300 && !reachedSave; i++) {
      await page.keyboard.press('Tab');
      reachedSave = await page.evaluate(() => document.activeElement?.textContent === 'Save changes');
    }
    expect(reachedSave).toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');
    expect(await stored(context)).toMatchObject({ brands: [{ name: 'Keyboard Co' }] });
  });

  test('rules set in options flag a draft typed on a site, in the overlay and in the popup', async ({
    context,
    page,
    extensionId,
  }) => {
    await openOptions(page, extensionId);
    await page.getByRole('button', { name: 'Add a brand' }).click();
    await page.getByLabel('Name', { exact: true }).fill('Bean & Leaf');
    await page.getByRole('button', { name: 'Add a banned phrase' }).click();
    await page.getByLabel('Phrase', { exact: true }).fill('cheap');
    await page.getByLabel('Hashtags', { exact: true }).fill('2');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByTestId('save-status')).toHaveText('All changes saved.');

    const site = await context.newPage();
    await site.goto('https://x.com/home');
    await site.waitForFunction(() => document.documentElement.dataset.fixtureReady !== undefined);
    await site.locator('[data-testid=primaryColumn] [data-testid=tweetTextarea_0]').click();
    await site.keyboard.type('Our cheap beans are back #coffee #beans #fresh');
    // The overlay (the content script's UI) lists the brand's findings.
    // Its shadow root is closed: read from the content script's world (./overlay.ts).
    const overlay = await overlayOf(site);
    await overlay.clickBadge('pushiness');
    const panel = async () => (await overlay.read())?.panel?.text ?? '';
    await expect.poll(panel).toContain('"cheap" is on the brand\'s banned list.');
    // Polled too: the round that found "cheap" may have scored the draft before its third hashtag was typed.
    await expect.poll(panel).toContain('This post has 3 hashtags; the brand allows at most 2.');

    // The popup over that tab shows the same draft and analysis, and the switch for X.
    const inPopup = await actionPopup(context, site);
    await expect
      .poll(() => inPopup('document.querySelector("#draft-heading")?.textContent ?? ""'))
      .toBe('Your draft on X');
    const rules = await inPopup('[...document.querySelectorAll(".sa-finding")].map((f) => f.dataset.rule)');
    expect(rules).toEqual(expect.arrayContaining(['brand:banned:0', 'brand:limit:hashtags']));
    expect(await inPopup('document.querySelector(".draft-text")?.textContent')).toBe(
      'Our cheap beans are back #coffee #beans #fresh',
    );
    // Its length as X counts it, and the account's budget line, as the overlay has them.
    // (Polled: the popup renders the draft first, then its count and the budget when the background answers.)
    await expect
      .poll(() => inPopup('document.querySelector("[data-testid=popup-chars] .sc-figure")?.textContent'))
      .toBe('46 / 280');
    expect(await inPopup('document.querySelector("[data-testid=popup-chars] .sc-words")?.textContent')).toBe(
      ' · 234 characters left',
    );
    await expect
      .poll(() => inPopup('document.querySelector("[data-testid=popup-budget-line]")?.textContent'))
      .toMatch(/^No posts yet today \(budget \d+\)$/);
    // Switching X off in the popup saves it.
    expect(await inPopup('document.querySelector("label[for=site-switch]")?.textContent')).toBe(
      'Coach me on X',
    );
    await inPopup('document.getElementById("site-switch").click()');
    await expect.poll(async () => ((await stored(context)) as { sites: { x: boolean } }).sites.x).toBe(false);
  });

  test('unreadable settings: the popup switch saves nothing over them; options restores them from the backup', async ({
    context,
    page,
    extensionId,
  }) => {
    // Settings written by a newer Steady (a downgrade): version 2 with a field this one does not know.
    const newer = { ...fixtureSettings(), version: 2, somethingNew: { introducedIn: 2 } };
    await store(context, newer);
    const site = await context.newPage();
    await site.goto('https://x.com/home');
    await site.waitForFunction(() => document.documentElement.dataset.fixtureReady !== undefined);
    const inPopup = await actionPopup(context, site);
    await expect
      .poll(() => inPopup('document.querySelector("[data-testid=settings-unreadable]")?.textContent ?? ""'))
      .toContain('could not read your saved settings');
    expect(await inPopup('document.getElementById("site-switch").disabled')).toBe(true);
    await inPopup('document.getElementById("site-switch").click()');
    await page.waitForTimeout(500);
    expect(await stored(context)).toEqual(newer);

    // The options page says so and offers the backup, which brings the brands back.
    await openOptions(page, extensionId);
    await expect(page.getByRole('alert').first()).toContainText('could not be read');
    const offer = page.getByTestId('settings-backup');
    await expect(offer).toContainText('Brands in it: 2');
    await expect(offer).toContainText('somethingNew');
    await offer.getByRole('button', { name: 'Restore from backup' }).click();
    await expect(page.getByTestId('backup-restored')).toHaveText('Settings restored from the backup.');
    const restored = (await stored(context)) as { version: number; brands: Array<{ name: string }> };
    expect(restored.version).toBe(1);
    expect(restored.brands.map((b) => b.name)).toEqual(['Bean & Leaf', 'Kiosk am Markt']);
    await expect(page.getByTestId('settings-backup')).toHaveCount(0);
    await expect(page.locator('#brand-select option')).toHaveCount(2);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe: no serious or critical violations on popup and options (${scheme})`, async ({
      context,
      page,
      extensionId,
    }) => {
      await store(context, fixtureSettings());
      await page.emulateMedia({ colorScheme: scheme });
      await openOptions(page, extensionId);
      await expect(page.locator('.brand-preview .sa-finding').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      // With problems on screen: field errors, the error summary and the import alert.
      await page.getByLabel('Name', { exact: true }).fill('');
      await page.getByLabel('X: Posts per day', { exact: true }).fill('-3');
      await page.getByLabel('Import settings from a file').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{'),
      });
      await expect(page.getByTestId('import-error')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);

      const popup = await context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await openPopup(popup, extensionId);
      expect(await seriousViolations(popup)).toEqual([]);
      await popup
        .getByLabel('Paste or type a draft')
        .fill('We are excited to announce our cheap new blend!!! Buy now #a #b #c #d');
      await expect(popup.locator('.sa-finding').first()).toBeVisible();
      expect(await seriousViolations(popup)).toEqual([]);
    });
  }
});

for (const [lang, texts] of [
  [
    'de',
    {
      title: 'Steady-Einstellungen',
      add: 'Marke hinzufügen',
      empty: 'Darf nicht leer sein.',
      paste: 'Entwurf einfügen oder eingeben',
      findings: 'Was sich verbessern lässt',
    },
  ],
  [
    'nl',
    {
      title: 'Steady-instellingen',
      add: 'Merk toevoegen',
      empty: 'Dit mag niet leeg zijn.',
      paste: 'Plak of typ een concept',
      findings: 'Wat beter kan',
    },
  ],
] as const) {
  test.describe(`in ${lang}`, () => {
    test.use({ browserLanguage: lang });

    test('options and popup follow the browser language', async ({ context, page, extensionId }) => {
      await openOptions(page, extensionId);
      await expect(page.locator('h1')).toHaveText(texts.title);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page).toHaveTitle(texts.title);
      await page.getByRole('button', { name: texts.add }).click();
      await page.locator('#f-brands-0-name').fill('');
      await expect(page.locator('#f-brands-0-name-error')).toHaveText(texts.empty);

      const popup = await context.newPage();
      await openPopup(popup, extensionId);
      await expect(popup.locator('html')).toHaveAttribute('lang', lang);
      await popup.getByLabel(texts.paste).fill('Buy now!!! Only today!!! #sale #deal #wow #now');
      await expect(popup.getByRole('heading', { name: new RegExp(texts.findings) })).toBeVisible();
    });
  });
}

// Validation errors are codes (lib/validation/errors.ts) that the page renders in its language: a field the
// person typed into, and a settings file whose brand rule the validator refuses.
for (const [lang, texts] of [
  [
    'en',
    {
      negative: 'This must not be negative.',
      problems: 'Problems to fix before saving: 1',
      lookahead: 'This pattern uses lookaheads ((?=…), (?!…)), which Steady does not support',
      brandRules: 'This is a brand-rules file, not a settings file.',
    },
  ],
  [
    'de',
    {
      negative: 'Darf nicht negativ sein.',
      problems: 'Vor dem Speichern zu beheben: 1',
      lookahead: 'Dieses Muster verwendet Lookaheads ((?=…), (?!…)); das unterstützt Steady nicht',
      brandRules: 'Das ist eine Datei mit Markenregeln, keine Einstellungsdatei.',
    },
  ],
  [
    'nl',
    {
      negative: 'Dit mag niet negatief zijn.',
      problems: 'Op te lossen voor het opslaan: 1',
      lookahead: 'Dit patroon gebruikt lookaheads ((?=…), (?!…)); dat ondersteunt Steady niet',
      brandRules: 'Dit is een bestand met merkregels, geen instellingenbestand.',
    },
  ],
] as const) {
  test.describe(`validation errors in ${lang}`, () => {
    test.use({ browserLanguage: lang === 'en' ? undefined : lang });

    test('an invalid field and a malformed rules file are explained in the UI language', async ({
      context,
      page,
      extensionId,
    }) => {
      const before = fixtureSettings();
      await store(context, before);
      await openOptions(page, extensionId);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const perDay = page.locator('#f-brands-0-budgets-x-perDay');
      await perDay.fill('-1');
      await expect(page.locator('#f-brands-0-budgets-x-perDay-error')).toHaveText(texts.negative);
      await expect(perDay).toHaveAttribute('aria-invalid', 'true');
      await expect(page.getByTestId('save-status')).toHaveText(texts.problems);
      await expect(page.locator('#error-summary')).toContainText(texts.negative);

      // A settings file whose brand rule uses a lookahead: refused, the rule named, the reason translated.
      const brands = before.brands as Array<{ rules: object }>;
      const malformed = {
        format: 'steady-settings',
        ...before,
        brands: [{ ...brands[0], rules: { ...brands[0]?.rules, banned: [{ pattern: 'buy(?= now)' }] } }],
      };
      const file = page.locator('#import-file');
      await file.setInputFiles({
        name: 'rules.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(malformed)),
      });
      const alert = page.getByTestId('import-error');
      await expect(alert).toContainText('brands[0].rules.banned[0].pattern');
      await expect(alert).toContainText(texts.lookahead);
      // For review: the field with its error and the save bar's summary, then the refused file.
      mkdirSync(SHOTS, { recursive: true });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await perDay.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.screenshot({ path: `${SHOTS}/options-field-error-${lang}-${scheme}.png` });
        await alert.evaluate((el) => el.scrollIntoView({ block: 'center' }));
        await page.screenshot({ path: `${SHOTS}/options-import-error-${lang}-${scheme}.png` });
      }
      // A brand-rules file where a settings file belongs.
      await file.setInputFiles({
        name: 'brand.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"version": 1, "banned": ["cheap"]}'),
      });
      await expect(alert).toContainText(texts.brandRules);
      expect(await stored(context)).toEqual(before);
    });
  });
}
