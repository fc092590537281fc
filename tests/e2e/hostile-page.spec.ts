// A hostile page against the coach (issue 11). The page is the attacker here: its own script looks for the
// overlay, reads what it can of the DOM, patches DOM APIs before the content script runs and dispatches
// synthetic clicks on our UI. It must learn nothing (no shadow root, no text, no attribute) and trigger
// nothing, while the person's own clicks still work. And what the content script may ask the background is
// limited: the popup's summary of every account (and its pasted-text scoring) is not answered to a content script.
import type { Page } from '@playwright/test';
import { emptyBrandRules } from '../../lib/brand/schema';
import { type Brand, defaultSettings } from '../../lib/settings/types';
import { DRIVERS } from './drivers.ts';
import { expect, openFixture, test } from './fixtures.ts';
import { overlayOf } from './overlay.ts';

const SECRET_REASON = 'Confidential: legal case 4711 with Cheapo Inc.';

const BRAND: Brand = {
  id: 'bean',
  name: 'Bean and Leaf',
  languages: ['en'],
  defaultLanguage: 'en',
  accounts: [{ platform: 'x', handle: 'steady_brand' }],
  budgets: { x: { perDay: 3, spacingMinutes: 0 } },
  rules: { ...emptyBrandRules(), banned: [{ phrase: 'cheap', level: 'error', reason: SECRET_REASON }] },
};

async function seedSettings(page: Page, extensionId: string): Promise<void> {
  const options = await page.context().newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.evaluate(
    async (settings) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      };
      await chrome.storage.local.set({ settings });
    },
    { ...defaultSettings(), brands: [BRAND], activeBrandId: BRAND.id },
  );
  await options.close();
}

/** Everything the page's own script can find out about the overlay through the DOM. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('steady-overlay');
    const w = window as unknown as { __shadowsSeen?: string[] };
    return {
      found: host !== null,
      shadowRoot: host?.shadowRoot ?? null,
      attributes: host?.getAttributeNames() ?? [],
      children: host?.childNodes.length ?? -1,
      innerText: document.documentElement.innerText,
      textContent: document.documentElement.textContent ?? '',
      html: document.documentElement.outerHTML,
      shadowsSeen: w.__shadowsSeen ?? [],
    };
  });
}

test('the page can neither read the overlay nor open its panel; the person can', async ({
  page,
  extensionId,
}) => {
  // Before any page or extension script: a page that hooks attachShadow to steal the root.
  await page.addInitScript(() => {
    const w = window as unknown as { __shadowsSeen: string[] };
    w.__shadowsSeen = [];
    const original = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      w.__shadowsSeen.push(`${this.tagName}:${init.mode}`);
      return original.call(this, { ...init, mode: 'open' });
    };
  });
  await seedSettings(page, extensionId);
  await openFixture(page, 'https://x.com/home');
  await DRIVERS.x.editor(page).click();
  await page.keyboard.type('Our cheap beans are back, buy now!!!');
  const overlay = await overlayOf(page);
  await overlay.waitForBadge('pushiness', 10_000);
  await expect.poll(async () => (await overlay.read())?.budget?.text ?? '').toContain('today (budget');

  // The page finds our host element, and nothing in or on it.
  const before = await pageView(page);
  expect(before.found).toBe(true);
  expect(before.shadowRoot).toBeNull();
  expect(before.attributes).toEqual([]);
  expect(before.children).toBe(0);
  // The page's attachShadow hook never saw ours (the content script's world has its own prototypes).
  expect(before.shadowsSeen.filter((s) => s.startsWith('STEADY-OVERLAY'))).toEqual([]);
  for (const text of [before.innerText, before.textContent, before.html]) {
    expect(text).not.toContain('today (budget');
    expect(text).not.toContain('Push');
    expect(text).not.toContain('data-score-ms');
  }

  // Synthetic clicks on the host and at the badge's position do nothing.
  await page.evaluate(() => {
    const host = document.querySelector('steady-overlay') as HTMLElement | null;
    host?.click();
    host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    host?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  });
  const centre = await overlay.centre('.badge[data-score=pushiness]');
  expect(centre).not.toBeNull();
  const hit = await page.evaluate(({ x, y }) => {
    // What the page finds where the badge is: our host (retargeted), never the button inside.
    const el = document.elementFromPoint(x, y);
    el?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
    (el as HTMLElement | null)?.click();
    return el?.tagName ?? null;
  }, centre ?? { x: 0, y: 0 });
  expect(hit).toBe('STEADY-OVERLAY');
  await page.waitForTimeout(500);
  expect((await overlay.read())?.panel).toBeNull();

  // The person's click opens it: the panel holds the confidential reason, which the page still cannot read.
  await overlay.clickBadge('pushiness');
  await expect.poll(async () => (await overlay.read())?.panel?.text ?? '').toContain(SECRET_REASON);
  const open = await pageView(page);
  expect(open.shadowRoot).toBeNull();
  for (const text of [open.innerText, open.textContent, open.html]) expect(text).not.toContain(SECRET_REASON);
  // Nor can it close the panel with a synthetic Escape: only the person's keys act on the overlay.
  await page.evaluate(() =>
    document
      .querySelector('steady-overlay')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })),
  );
  await page.waitForTimeout(300);
  expect((await overlay.read())?.panel?.text ?? '').toContain(SECRET_REASON);
});

test('the background answers a content script what its composer needs, and not the popup summary', async ({
  page,
  extensionId,
}) => {
  await seedSettings(page, extensionId);
  await openFixture(page, 'https://x.com/home');
  const overlay = await overlayOf(page);
  // Wait for the content script's world to exist.
  await expect
    .poll(async () => JSON.stringify(await overlay.sendFromContentScript({ type: 'warm' })))
    .toContain('"ok":true');
  const summary = (await overlay.sendFromContentScript({ type: 'budget-summary' })) as {
    reply?: unknown;
    error?: string;
  };
  expect(JSON.stringify(summary)).not.toContain('accounts');
  expect(summary.reply ?? null).toBeNull();
  // Its composer's one request: the scores with its account's brand rules, and that account's budget.
  const draft = JSON.stringify(
    await overlay.sendFromContentScript({
      type: 'draft',
      text: 'Our cheap beans, buy now!!!',
      site: 'x',
      account: 'steady_brand',
      kind: 'post',
    }),
  );
  expect(draft).toContain('"ok":true');
  expect(draft).toContain('"perDay":3');
  expect(draft).toContain('"brand":{"id":"bean","name":"Bean and Leaf"}');
  expect(draft).toContain('brand:banned:0');
  // The popup's pasted-text scoring and the retired budget-status are not for a content script.
  for (const message of [
    { type: 'analyze', text: 'Buy now!!!' },
    { type: 'budget-status', site: 'x', account: 'steady_brand' },
  ]) {
    const answer = (await overlay.sendFromContentScript(message)) as { reply?: unknown };
    expect(answer.reply ?? null).toBeNull();
  }

  // The popup (an extension page) still gets it.
  const popup = await page.context().newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const fromPopup = await popup.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
    };
    return JSON.stringify(await chrome.runtime.sendMessage({ type: 'budget-summary' }));
  });
  expect(fromPopup).toContain('"accounts"');
});
