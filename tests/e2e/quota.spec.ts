// The post log against Chrome's real `storage.local` quota (issue 11): with kept CJK drafts the old log,
// capped at 4 million UTF-16 units, overran the 10 MB quota after 126 posts and every later write failed,
// silently. Here the quota is read from Chromium, a log is seeded as full as the quota allows, and posts
// with 25,000-character CJK drafts go through the real writer: every one is stored, the log shrinks under
// its byte cap (measured by Chrome's own getBytesInUse), and once storage really is full the popup says
// that a post could not be saved.
import type { Page } from '@playwright/test';
import { storedBytes } from '../../lib/budget/bytes';
import { MAX_LOG_BYTES, MAX_TEXT_CHARS, POST_LOG_KEY } from '../../lib/budget/log';
import type { PostEvent } from '../../lib/budget/types';
import { defaultSettings } from '../../lib/settings/types';
import { expect, openFixture, test } from './fixtures.ts';
import { overlayOf } from './overlay.ts';

const CJK_DRAFT = '新しい季節のメニューができました。皆さんはどれを最初に試しますか？'
  .repeat(1_000)
  .slice(0, MAX_TEXT_CHARS);

interface LocalArea {
  QUOTA_BYTES: number;
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  getBytesInUse(key: string | null): Promise<number>;
}

function local(page: Page) {
  return {
    quota: () =>
      page.evaluate(
        () =>
          (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local
            .QUOTA_BYTES,
      ),
    bytesInUse: (key: string | null) =>
      page.evaluate(
        (k) =>
          (
            globalThis as unknown as { chrome: { storage: { local: LocalArea } } }
          ).chrome.storage.local.getBytesInUse(k),
        key,
      ),
    set: (items: object) =>
      page.evaluate(
        (i) =>
          (globalThis as unknown as { chrome: { storage: { local: LocalArea } } }).chrome.storage.local.set(
            i,
          ),
        items,
      ),
    get: (key: string) =>
      page.evaluate(
        async (k) =>
          (
            await (
              globalThis as unknown as { chrome: { storage: { local: LocalArea } } }
            ).chrome.storage.local.get(k)
          )[k],
        key,
      ),
  };
}

function post(id: string, at: number): PostEvent {
  return { id, at, site: 'x', account: 'steady_brand', kind: 'post', scores: null, text: CJK_DRAFT };
}

test('CJK drafts never overrun the storage quota; a post that cannot be saved is shown in the popup', async ({
  page,
  context,
  extensionId,
}) => {
  test.setTimeout(120_000);
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const storage = local(ext);
  const quota = await storage.quota();
  // The figure the caps in lib/budget/log.ts are sized for (10 MB without unlimitedStorage).
  expect(quota).toBe(10_485_760);
  await storage.set({ settings: { ...defaultSettings(), keepDraftText: true } });

  // A log from before the fix, as full of kept CJK drafts as the quota allows.
  const now = Date.now();
  const perEvent =
    storedBytes(POST_LOG_KEY, { version: 1, events: [post('e0', now)] }) -
    storedBytes(POST_LOG_KEY, { version: 1, events: [] });
  const room = quota - (await storage.bytesInUse(null)) - 50_000;
  const seeded = Array.from({ length: Math.floor(room / (perEvent + 1)) }, (_, i) =>
    post(`seed${i}`, now - (i + 10) * 60_000),
  ).reverse();
  await storage.set({ 'post-log': { version: 1, events: seeded }, 'post-log$': { v: 1 } });
  expect(await storage.bytesInUse(null)).toBeGreaterThan(quota - 150_000);

  // Three more posts from a site's content script: each is stored.
  await openFixture(page, 'https://x.com/home');
  const overlay = await overlayOf(page);
  await expect
    .poll(async () => JSON.stringify(await overlay.sendFromContentScript({ type: 'warm' })))
    .toContain('"ok":true');
  for (let i = 0; i < 3; i++) {
    const reply = await overlay.sendFromContentScript({
      type: 'record-post',
      event: post(`new${i}`, Date.now()),
    });
    expect(reply).toEqual({ reply: { ok: true } });
  }
  const log = (await storage.get('post-log')) as { events: PostEvent[] };
  expect(log.events.slice(-3).map((e) => [e.id, e.text?.length])).toEqual([
    ['new0', MAX_TEXT_CHARS],
    ['new1', MAX_TEXT_CHARS],
    ['new2', MAX_TEXT_CHARS],
  ]);
  // Every count stays; the oldest drafts went to make room.
  expect(log.events).toHaveLength(seeded.length + 3);
  const chrome = await storage.bytesInUse('post-log');
  const ours = storedBytes(POST_LOG_KEY, log);
  expect(chrome).toBeLessThanOrEqual(MAX_LOG_BYTES);
  // Our count is never below Chrome's, and close to it.
  expect(ours).toBeGreaterThanOrEqual(chrome);
  expect(ours - chrome).toBeLessThan(chrome * 0.01);
  console.log(
    `quota ${quota} B; seeded ${seeded.length} CJK posts; log after 3 posts: ${chrome} B (Chrome) / ${ours} B (counted)`,
  );

  // Storage really full (another key takes the rest): the post is not saved, and the popup says so.
  const used = await storage.bytesInUse(null);
  await storage.set({ filler: 'x'.repeat(quota - used - 60) });
  // Even a post without a kept draft (about 150 bytes) no longer fits.
  const { text: _text, ...bare } = post('unsaved', Date.now());
  const refused = await overlay.sendFromContentScript({
    type: 'record-post',
    event: bare,
  });
  expect(refused).toEqual({ reply: { ok: false } });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('unsaved-posts')).toContainText('could not be saved in this browser: 1.');
});
