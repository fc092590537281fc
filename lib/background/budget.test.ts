import { describe, expect, it } from 'vitest';
import type { Badge } from '../budget/badge';
import { parsePostLog } from '../budget/log';
import { PostStore } from '../budget/store';
import { settingsWithAcme } from '../budget/testing';
import type { PostEvent, PostLog } from '../budget/types';
import type { Settings } from '../settings/types';
import { memoryTabAccounts } from '../storage/budget-tabs';
import {
  type BudgetDeps,
  handleBudgetStatus,
  handleBudgetSummary,
  handleRecordPost,
  refreshBadges,
} from './budget';
import { PostRateLimit } from './rate-limit';

process.env.TZ = 'Europe/Amsterdam';

const NOW = Date.parse('2024-05-15T12:00:00+02:00');

function setup(settings: Settings = settingsWithAcme()) {
  let stored: string | undefined;
  let failing = false;
  const badges = new Map<number, Badge>();
  const closed = new Set<number>();
  const deps: BudgetDeps = {
    store: new PostStore(
      {
        async get() {
          return parsePostLog(stored === undefined ? undefined : JSON.parse(stored)).log;
        },
        async set(log: PostLog) {
          if (failing) throw new Error('storage is full');
          stored = JSON.stringify(log);
        },
      },
      { now: () => NOW, attempts: 2, sleep: () => Promise.resolve() },
    ),
    settings: async () => settings,
    tabs: memoryTabAccounts(),
    async setBadge(tabId, badge) {
      if (closed.has(tabId)) throw new Error(`No tab with id: ${tabId}`);
      badges.set(tabId, badge);
    },
    now: () => NOW,
  };
  return {
    deps,
    badges,
    closed,
    events: (): PostEvent[] => (stored === undefined ? [] : (JSON.parse(stored) as PostLog).events),
    fail: (on: boolean) => {
      failing = on;
    },
  };
}

const post = (id: string, overrides: Partial<PostEvent> = {}): PostEvent => ({
  id,
  at: NOW - 1000,
  site: 'x',
  account: '@Acme',
  kind: 'post',
  scores: { broadcast: 1, pushiness: 2, missingValue: 3 },
  text: 'The draft as published',
  ...overrides,
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('record-post', () => {
  it('stores the event without its text unless the user opted in', async () => {
    const off = setup();
    expect(await handleRecordPost(post('a'), 1, off.deps)).toEqual({ ok: true });
    expect(off.events()).toEqual([
      {
        id: 'a',
        at: NOW - 1000,
        site: 'x',
        account: 'acme',
        // The account as the page sent it, kept for display (issue 12); `account` is the key.
        displayName: '@Acme',
        kind: 'post',
        scores: post('a').scores,
      },
    ]);

    const on = setup({ ...settingsWithAcme(), keepDraftText: true });
    await handleRecordPost(post('b'), 1, on.deps);
    expect(on.events()[0]?.text).toBe('The draft as published');
  });

  it('answers ok: false when the event cannot be stored, and ok: true for the retry', async () => {
    const t = setup();
    t.fail(true);
    expect(await handleRecordPost(post('a'), 1, t.deps)).toEqual({ ok: false });
    expect(t.events()).toEqual([]);
    t.fail(false);
    expect(await handleRecordPost(post('a'), 1, t.deps)).toEqual({ ok: true });
    expect(await handleRecordPost(post('a'), 1, t.deps)).toEqual({ ok: true });
    expect(t.events()).toHaveLength(1);
  });

  it('refuses, for good and with a warning, what one tab records over the rate limit', async () => {
    const t = setup();
    const warnings: string[] = [];
    t.deps.rateLimit = new PostRateLimit({ now: () => NOW, max: 3 });
    t.deps.warn = (m) => warnings.push(m);
    for (const id of ['a', 'b', 'c'])
      expect(await handleRecordPost(post(id), 1, t.deps)).toEqual({ ok: true });
    expect(await handleRecordPost(post('d'), 1, t.deps)).toEqual({ ok: false, refused: 'rate-limit' });
    // A retry of a stored event is still answered; another tab has its own limit.
    expect(await handleRecordPost(post('a'), 1, t.deps)).toEqual({ ok: true });
    expect(await handleRecordPost(post('e'), 2, t.deps)).toEqual({ ok: true });
    expect(t.events().map((e) => e.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(warnings).toEqual(['Steady: refused a x post from tab 1: more than 3 a minute']);
    expect(warnings.join()).not.toContain('The draft as published');
  });

  it('refuses an event that can never be stored, so the sender stops resending it', async () => {
    const t = setup();
    expect(await handleRecordPost(post('a', { site: 'myspace' as 'x' }), 1, t.deps)).toEqual({
      ok: false,
      refused: 'invalid',
    });
  });

  it('notes a post that could not be saved, until a retry of it is stored', async () => {
    const t = setup();
    const failed = new Set<string>();
    t.deps.failures = {
      async add(id) {
        failed.add(id);
      },
      async clear(id) {
        failed.delete(id);
      },
    };
    t.fail(true);
    expect(await handleRecordPost(post('a'), 1, t.deps)).toEqual({ ok: false });
    expect([...failed]).toEqual(['a']);
    t.fail(false);
    expect(await handleRecordPost(post('b'), 1, t.deps)).toEqual({ ok: true });
    expect([...failed]).toEqual(['a']);
    expect(await handleRecordPost(post('a'), 1, t.deps)).toEqual({ ok: true });
    expect([...failed]).toEqual([]);
  });

  it('updates the badge of every tab of the account that posted', async () => {
    const t = setup();
    await handleBudgetStatus('x', 'acme', 1, t.deps);
    await handleBudgetStatus('x', '@ACME', 2, t.deps);
    await handleBudgetStatus('linkedin', 'company:42', 3, t.deps);
    expect(t.badges.get(1)?.text).toBe('0');
    await handleRecordPost(post('a'), 4, t.deps);
    await settle();
    expect([1, 2, 3, 4].map((id) => t.badges.get(id)?.text)).toEqual(['1', '1', '0', '1']);
  });
});

describe('budget-status', () => {
  it("answers the account's status and sets its tab's badge", async () => {
    const t = setup();
    for (const id of ['a', 'b', 'c'])
      await handleRecordPost(post(id, { at: NOW - 3 * 3_600_000 }), undefined, t.deps);
    const reply = await handleBudgetStatus('x', 'Acme', 9, t.deps);
    expect(reply).toMatchObject({
      ok: true,
      status: { brandId: 'acme', postsToday: 3, warning: { kind: 'over-budget' } },
    });
    expect(t.badges.get(9)).toMatchObject({ text: '3', state: 'full' });
  });

  it('answers without a tab (no badge) and survives a closed tab', async () => {
    const t = setup();
    expect((await handleBudgetStatus('x', 'acme', undefined, t.deps)).ok).toBe(true);
    t.closed.add(5);
    expect((await handleBudgetStatus('x', 'acme', 5, t.deps)).ok).toBe(true);
  });
});

describe('refreshBadges', () => {
  it('forgets tabs that are gone', async () => {
    const t = setup();
    await handleBudgetStatus('x', 'acme', 1, t.deps);
    await handleBudgetStatus('x', 'acme', 2, t.deps);
    t.closed.add(2);
    await refreshBadges(t.deps);
    expect((await t.deps.tabs.all()).map((e) => e.tabId)).toEqual([1]);
  });
});

describe('budget-summary', () => {
  it("answers today's summary", async () => {
    const t = setup();
    await handleRecordPost(post('a'), undefined, t.deps);
    await handleRecordPost(post('r', { kind: 'reply' }), undefined, t.deps);
    const reply = await handleBudgetSummary(t.deps);
    expect(reply).toMatchObject({ ok: true, summary: { today: '2024-05-15', conversationRatio: 0.5 } });
  });
});
