// Never in the way (issue 9): with the panel closed, the coach covers no point of the draft's text and no
// control of the composer (post button, close/dismiss, media, add-to-thread, every other button or field
// of the composer), on every fixture site and on X's modal, reply and thread composers, at a desktop
// (1280×800) and a phone (390×844) viewport. With the panel open, the post button stays free.
//
// "Covered" is what a person's click or eye meets: `document.elementFromPoint` at the point. The overlay's
// host (`steady-overlay`, whose closed shadow root retargets every hit to the host) must never be the
// answer. Points: each line box of the text (Range.getClientRects; a <textarea>'s padding box on a grid),
// sampled at its left, middle and right; each control at its centre. Points off screen are skipped, but
// the post button must be on screen and checked, so the audit can never pass by checking nothing.
import type { Locator, Page } from '@playwright/test';
import { defaultSettings } from '../../lib/settings/types';
import { DRIVERS } from './drivers.ts';
import { expect, openFixture, test } from './fixtures.ts';
import { siteById } from './hosts.ts';
import { ensureMastodonVariant, withMastodonVariant } from './mastodon-variant.ts';
import { overlayOf } from './overlay.ts';

/** Pushy enough to light up every score; long enough to wrap on a phone. */
const DRAFT =
  'We are SO excited to announce our new app!!! Download now and share it with everyone 🎉 #launch';

interface Scenario {
  name: string;
  url: string;
  /** Opens the composer and focuses its (first) editor, like a person. */
  open(page: Page): Promise<void>;
  /** The composer: every control inside it must stay free. */
  composer(page: Page): Locator;
  /** Its editors (text must stay readable). */
  editors(page: Page): Locator;
  /** Its post button (must be on screen and free, with the panel closed and open). */
  post(page: Page): Locator;
}

const home = (id: Parameters<typeof siteById>[0]) => siteById(id).home;

const SCENARIOS: Scenario[] = [
  {
    name: 'x inline',
    url: home('x'),
    open: (page) => DRIVERS.x.editor(page).click(),
    composer: (page) => page.locator('[data-testid=primaryColumn] [data-testid=composer-inline]'),
    editors: (page) => page.locator('[data-testid=primaryColumn] [data-testid^=tweetTextarea_]'),
    post: (page) => page.getByTestId('tweetButtonInline'),
  },
  {
    name: 'x modal',
    url: home('x'),
    open: async (page) => {
      await page.getByTestId('SideNav_NewTweet_Button').click();
      await page.locator('#layers [role=dialog] [data-testid=tweetTextarea_0]').click();
    },
    composer: (page) => page.locator('#layers [role=dialog]'),
    editors: (page) => page.locator('#layers [role=dialog] [data-testid^=tweetTextarea_]'),
    post: (page) => page.locator('#layers [role=dialog]').getByTestId('tweetButton'),
  },
  {
    name: 'x reply',
    url: home('x'),
    open: async (page) => {
      await page.getByTestId('reply').first().click();
      await page.locator('#layers [role=dialog] [data-testid=tweetTextarea_0]').click();
    },
    composer: (page) => page.locator('#layers [role=dialog]'),
    editors: (page) => page.locator('#layers [role=dialog] [data-testid^=tweetTextarea_]'),
    post: (page) => page.locator('#layers [role=dialog]').getByTestId('tweetButton'),
  },
  {
    name: 'x thread',
    url: home('x'),
    open: async (page) => {
      await page.getByTestId('SideNav_NewTweet_Button').click();
      const dialog = page.locator('#layers [role=dialog]');
      await dialog.locator('[data-testid=tweetTextarea_0]').click();
      await page.keyboard.type('First part of the thread, with a tip inside.');
      await dialog.getByTestId('addButton').click();
      await dialog.locator('[data-testid=tweetTextarea_1]').click();
    },
    composer: (page) => page.locator('#layers [role=dialog]'),
    editors: (page) => page.locator('#layers [role=dialog] [data-testid^=tweetTextarea_]'),
    post: (page) => page.locator('#layers [role=dialog]').getByTestId('tweetButton'),
  },
  {
    name: 'linkedin',
    url: home('linkedin'),
    open: async (page) => {
      await DRIVERS.linkedin.open(page);
      await DRIVERS.linkedin.editor(page).click();
    },
    composer: (page) => page.locator('#interop-outlet [data-test-modal-id=sharebox]'),
    editors: (page) => page.locator('#interop-outlet .ql-editor'),
    post: (page) => page.locator('#interop-outlet .share-actions__primary-action'),
  },
  {
    name: 'facebook',
    url: home('facebook'),
    open: async (page) => {
      await DRIVERS.facebook.open(page);
      await DRIVERS.facebook.editor(page).click();
    },
    composer: (page) => page.getByRole('dialog'),
    editors: (page) => DRIVERS.facebook.editor(page),
    post: (page) => page.locator('[role=dialog] div[role=button][aria-label=Post]'),
  },
  {
    name: 'instagram',
    url: home('instagram'),
    open: async (page) => {
      await DRIVERS.instagram.open(page);
      await DRIVERS.instagram.editor(page).click();
    },
    composer: (page) => page.getByRole('dialog'),
    editors: (page) => DRIVERS.instagram.editor(page),
    post: (page) => page.getByRole('dialog').getByRole('button', { name: 'Share' }),
  },
  {
    name: 'threads',
    url: home('threads'),
    open: async (page) => {
      await DRIVERS.threads.open(page);
      await DRIVERS.threads.editor(page).click();
    },
    composer: (page) => page.getByRole('dialog'),
    editors: (page) => page.locator('[role=dialog] [role=textbox][data-lexical-editor=true]'),
    post: (page) => page.getByRole('dialog').getByRole('button', { name: 'Post', exact: true }),
  },
  {
    name: 'bluesky',
    url: home('bluesky'),
    open: async (page) => {
      await DRIVERS.bluesky.open(page);
      await DRIVERS.bluesky.editor(page).click();
    },
    composer: (page) => page.getByRole('dialog'),
    editors: (page) => page.locator('[role=dialog] .tiptap.ProseMirror[role=textbox]'),
    post: (page) => page.locator('button[data-testid=composerPublishBtn]'),
  },
  {
    name: 'reddit',
    url: DRIVERS.reddit.url ?? home('reddit'),
    open: async (page) => {
      await DRIVERS.reddit.open(page);
      await DRIVERS.reddit.editor(page).click();
    },
    composer: (page) => page.locator('shreddit-composer'),
    editors: (page) => DRIVERS.reddit.editor(page),
    post: (page) => page.locator('shreddit-composer > button[slot=submit-button][type=submit]'),
  },
];

const MASTODON: Scenario = {
  name: 'mastodon',
  url: 'https://mastodon.social/home',
  open: (page) => DRIVERS.mastodon.editor(page).click(),
  composer: (page) => page.locator('form.compose-form'),
  editors: (page) => DRIVERS.mastodon.editor(page),
  post: (page) => page.locator('.compose-form__submit button[type=submit]'),
};

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

interface Probe {
  what: string;
  x: number;
  y: number;
}

/** Sample points on every line of text in the editors (in the page: ranges over the live DOM). */
async function textProbes(editors: Locator): Promise<Probe[]> {
  const probes: Probe[] = [];
  for (const handle of await editors.elementHandles()) {
    probes.push(
      ...(await handle.evaluate((editor) => {
        const out: Array<{ what: string; x: number; y: number }> = [];
        const rects: DOMRect[] = [];
        if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
          // A textarea's text has no ranges: its padding box, where the text is, on a grid.
          const r = editor.getBoundingClientRect();
          for (let row = 0; row < 3; row++) {
            const y = r.top + 8 + (row * Math.max(0, r.height - 16)) / 2;
            rects.push(new DOMRect(r.left + 4, y - 1, Math.max(0, r.width - 8), 2));
          }
        } else {
          const range = document.createRange();
          range.selectNodeContents(editor);
          for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) rects.push(r);
        }
        for (const r of rects) {
          const y = r.top + r.height / 2;
          for (const x of [r.left + 2, r.left + r.width / 2, r.right - 2]) out.push({ what: 'text', x, y });
        }
        return out;
      })),
    );
  }
  return probes;
}

const CONTROLS =
  'button, [role=button], a[href], input:not([type=hidden]), select, label, [role=tab], [role=checkbox], [role=combobox]';

/** The centre of every visible control of the composer (open shadow roots included: Playwright pierces them). */
async function controlProbes(composer: Locator): Promise<Probe[]> {
  const probes: Probe[] = [];
  for (const control of await composer.locator(CONTROLS).all()) {
    if (!(await control.isVisible())) continue;
    const box = await control.boundingBox();
    if (!box || box.width === 0 || box.height === 0) continue;
    const name =
      (await control.getAttribute('aria-label')) ??
      (await control.getAttribute('data-testid')) ??
      ((await control.textContent()) ?? '').trim().slice(0, 30);
    probes.push({ what: `control "${name}"`, x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  return probes;
}

/** The probes whose point the coach covers (off-screen points are not looked at). */
async function covered(page: Page, probes: Probe[]): Promise<string[]> {
  return page.evaluate((points) => {
    const hits: string[] = [];
    for (const p of points) {
      if (p.x < 0 || p.y < 0 || p.x >= innerWidth || p.y >= innerHeight) continue;
      const el = document.elementFromPoint(p.x, p.y);
      if (el?.closest('steady-overlay')) hits.push(`${p.what} at (${Math.round(p.x)}, ${Math.round(p.y)})`);
    }
    return hits;
  }, probes);
}

async function onScreen(page: Page, target: Locator): Promise<Probe> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  expect(box, 'the post button has a box').not.toBeNull();
  const b = box as { x: number; y: number; width: number; height: number };
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  const probe = { what: 'post button', x: b.x + b.width / 2, y: b.y + b.height / 2 };
  expect(probe.x >= 0 && probe.y >= 0 && probe.x < viewport.width && probe.y < viewport.height).toBe(true);
  return probe;
}

/** Opens the composer, writes the draft, waits for the coach, and audits it closed and open. */
async function audit(page: Page, scenario: Scenario): Promise<void> {
  await openFixture(page, scenario.url);
  await scenario.open(page);
  await page.keyboard.type(DRAFT);
  const overlay = await overlayOf(page);
  await overlay.waitForBadge('pushiness', 10_000);
  // Let a reposition after the last render and any budget line land.
  await page.waitForTimeout(400);

  const post = await onScreen(page, scenario.post(page));
  const closed = await covered(page, [
    post,
    ...(await textProbes(scenario.editors(page))),
    ...(await controlProbes(scenario.composer(page))),
  ]);
  expect(closed, `${scenario.name}: covered with the panel closed`).toEqual([]);

  // The panel opens beside or below and keeps the post button free.
  await overlay.clickBadge('pushiness');
  await expect.poll(async () => (await overlay.read())?.panel !== null).toBe(true);
  await page.waitForTimeout(200);
  const open = await covered(page, [await onScreen(page, scenario.post(page))]);
  expect(open, `${scenario.name}: post button covered by the open panel`).toEqual([]);
}

test.beforeAll(() => {
  ensureMastodonVariant();
});

for (const viewport of VIEWPORTS) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    for (const scenario of SCENARIOS) {
      test(`${scenario.name}: the coach covers no text and no control`, async ({ page }) => {
        await page.setViewportSize(viewport);
        await audit(page, scenario);
      });
    }

    test('mastodon: the coach covers no text and no control', async ({ server }) => {
      await withMastodonVariant(server.port, async (context, extensionId) => {
        // The instance is added in the settings (the variant build has its host permission already).
        const options = await context.newPage();
        await options.goto(`chrome-extension://${extensionId}/options.html`);
        const settings = defaultSettings();
        settings.mastodonInstances = ['https://mastodon.social'];
        await options.evaluate(async (value) => {
          const local = (
            globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
          ).chrome.storage.local;
          await local.set({ settings: value });
        }, settings);
        await expect
          .poll(() =>
            options.evaluate(async () => {
              const { scripting } = (
                globalThis as unknown as {
                  chrome: { scripting: { getRegisteredContentScripts(): Promise<unknown[]> } };
                }
              ).chrome;
              return (await scripting.getRegisteredContentScripts()).length;
            }),
          )
          .toBe(1);
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        await audit(page, MASTODON);
      });
    });
  });
}
