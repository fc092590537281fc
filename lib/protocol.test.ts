import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyPostLog } from './budget/log';
import { budgetStatus } from './budget/status';
import { settingsWithAcme } from './budget/testing';
import type { BudgetSummary, PostEvent } from './budget/types';
import { countChars } from './count/count';
import {
  answer,
  type BackgroundRequest,
  call,
  callTab,
  type Handlers,
  isPostEvent,
  isRequest,
  MAX_MESSAGE_TEXT,
  REQUESTS,
  type RequestType,
  type SenderInfo,
  type SenderKind,
  type ServeRuntime,
  senderKind,
  serve,
} from './protocol';
import { analyze } from './scoring/analyze';

// `call` and `callTab` send through `browser` from wxt/browser: a fake one here.
const fake = vi.hoisted(() => ({
  send: vi.fn<(message: unknown) => Promise<unknown>>(),
  sendTab: vi.fn<(tabId: number, message: unknown) => Promise<unknown>>(),
}));
vi.mock('wxt/browser', () => ({
  browser: {
    runtime: { sendMessage: (m: unknown) => fake.send(m) },
    tabs: { sendMessage: (id: number, m: unknown) => fake.sendTab(id, m) },
  },
}));

const event: PostEvent = {
  id: 'x-1',
  at: 1_715_767_200_000,
  site: 'x',
  account: 'acme',
  kind: 'thread',
  scores: { broadcast: 1, pushiness: 2, missingValue: 3 },
};

const analysis = analyze('We are SO excited to announce our new app!!! Download now', { platform: 'x' });
const status = budgetStatus(emptyPostLog(), settingsWithAcme(), 'x', 'acme', 1_715_767_200_000);
const summary: BudgetSummary = {
  today: '2025-03-30',
  accounts: [
    { site: 'x', account: 'acme', brandId: 'acme', postsToday: 1, repliesToday: 2, perDay: 2, lastPostAt: 5 },
  ],
  week: [
    {
      site: 'x',
      account: 'acme',
      displayName: '@Acme',
      brandId: 'acme',
      perDay: 2,
      days: [{ day: '2025-03-30', posts: 1, replies: 2 }],
    },
  ],
  brandWeek: [{ brandId: 'acme', days: [{ day: '2025-03-30', posts: 1, replies: 2 }] }],
  conversationRatio: 0.5,
};
const week0 = summary.week[0];
const account0 = summary.accounts[0];
const syncState = {
  brandId: 'acme',
  lastSyncAt: 5,
  lastPullAt: 5,
  problem: null,
  waiting: 0,
  conflict: false,
};
const teamStatus = {
  ok: true,
  states: [syncState],
  recent: [{ at: 5, site: 'x', account: 'acme', kind: 'post', member: 'bob' }],
};
const chars = countChars('We are SO excited to announce our new app!!! Download now', 'x');

/**
 * Per request type (the compiler asks for every one): requests and replies its guards accept, and
 * malformed ones they refuse.
 */
const CASES: {
  [K in RequestType]: { good: unknown[]; bad: unknown[]; goodReplies: unknown[]; badReplies: unknown[] };
} = {
  draft: {
    good: [
      { type: 'draft', text: 'Buy now', site: 'x', account: '@acme', kind: 'post' },
      { type: 'draft', text: '', site: 'reddit', account: '', kind: 'reply' },
      {
        type: 'draft',
        text: 'HUGE',
        site: 'x',
        account: '',
        kind: 'post',
        ignores: [{ rule: 'all-caps' }, { rule: 'brand:banned:0', phrase: 'flash sale' }],
      },
      {
        type: 'draft',
        text: 'a\n\nb',
        site: 'x',
        account: 'acme',
        kind: 'post',
        parts: { lengths: [1, 1], separator: 2 },
      },
      {
        type: 'draft',
        text: 'x'.repeat(MAX_MESSAGE_TEXT),
        site: 'x',
        account: 'a'.repeat(200),
        kind: 'post',
      },
    ],
    bad: [
      { type: 'draft', site: 'x', account: 'acme', kind: 'post' },
      { type: 'draft', text: 'x'.repeat(MAX_MESSAGE_TEXT + 1), site: 'x', account: 'acme', kind: 'post' },
      { type: 'draft', text: 'hi', site: 'myspace', account: 'acme', kind: 'post' },
      { type: 'draft', text: 'hi', site: 'x', account: 'a'.repeat(201), kind: 'post' },
      { type: 'draft', text: 'hi', site: 'x', account: 42, kind: 'post' },
      { type: 'draft', text: 'hi', site: 'x', account: 'acme', kind: 'thread' },
      { type: 'draft', text: 'hi', site: 'x', account: 'acme', kind: 'post', parts: [2] },
      {
        type: 'draft',
        text: 'hi',
        site: 'x',
        account: 'acme',
        kind: 'post',
        parts: { lengths: [1.5], separator: 2 },
      },
      {
        type: 'draft',
        text: 'hi',
        site: 'x',
        account: 'acme',
        kind: 'post',
        parts: { lengths: [1, -1], separator: 2 },
      },
      { type: 'draft', text: 'hi', site: 'x', account: 'acme', kind: 'post', parts: { lengths: [1] } },
      {
        type: 'draft',
        text: 'hi',
        site: 'x',
        account: 'acme',
        kind: 'post',
        parts: { lengths: Array(101).fill(0), separator: 2 },
      },
      { type: 'draft', text: 'hi', site: 'x', account: 'acme' },
      { type: 'draft', text: 'hi', site: 'x', account: 'acme', kind: 'post', ignores: [{ rule: 'A B' }] },
      { type: 'draft', text: 'hi', site: 'x', account: 'acme', kind: 'post', ignores: 'all-caps' },
      {
        type: 'draft',
        text: 'hi',
        site: 'x',
        account: 'acme',
        kind: 'post',
        ignores: Array.from({ length: 101 }, () => ({ rule: 'hype' })),
      },
      { text: 'hi', site: 'x', account: 'acme', kind: 'post' },
    ],
    goodReplies: [
      { ok: true, analysis, budget: status, brand: { id: 'acme', name: 'Acme' }, chars },
      { ok: true, analysis: null, budget: status, brand: null, chars: null },
      { ok: true, analysis, budget: null, brand: null, chars: { ...chars, part: { index: 1, of: 3 } } },
      {
        ok: true,
        analysis,
        budget: { ...status, warning: { kind: 'too-soon', minutesToWait: 12 } },
        brand: null,
        chars: null,
      },
      {
        ok: true,
        analysis,
        budget: { ...status, warning: { kind: 'over-budget', nextFreeAt: 1_715_767_200_000 } },
        brand: null,
        chars: countChars('#a #b', 'instagram'),
      },
    ],
    badReplies: [
      undefined,
      null,
      { ok: false, error: 'boom' },
      { ok: true, analysis, budget: status, chars: null },
      { ok: true, analysis: { ...analysis, scores: {} }, budget: null, brand: null, chars: null },
      { ok: true, analysis: { ...analysis, rulesLanguage: 'fr' }, budget: null, brand: null, chars: null },
      { ok: true, analysis, budget: { ...status, site: 'myspace' }, brand: null, chars: null },
      { ok: true, analysis, budget: { ...status, postsToday: -1 }, brand: null, chars: null },
      { ok: true, analysis, budget: { ...status, warning: { kind: 'later' } }, brand: null, chars: null },
      {
        ok: true,
        analysis,
        budget: { ...status, warning: { kind: 'over-budget', nextFreeAt: 'tomorrow' } },
        brand: null,
        chars: null,
      },
      { ok: true, analysis, budget: null, brand: { id: 'acme' }, chars: null },
      { ok: true, analysis, budget: null, brand: 'acme', chars: null },
      // The length is part of the reply (issue 10): missing, or not a count, is a broken reply.
      { ok: true, analysis, budget: null, brand: null },
      { ok: true, analysis, budget: null, brand: null, chars: { ...chars, used: -1 } },
      { ok: true, analysis, budget: null, brand: null, chars: { ...chars, state: 'fine' } },
      { ok: true, analysis, budget: null, brand: null, chars: 231 },
    ],
  },
  warm: {
    good: [{ type: 'warm' }],
    bad: [{ type: 'Warm' }, { kind: 'warm' }, 'warm', null],
    goodReplies: [{ ok: true }],
    badReplies: [undefined, { ok: false }, true],
  },
  analyze: {
    good: [
      { type: 'analyze', text: 'Buy now!!!' },
      { type: 'analyze', text: 'Buy now!!!', platform: 'linkedin', lang: 'de' },
      { type: 'analyze', text: '', lang: 'auto' },
    ],
    bad: [
      { type: 'analyze' },
      { type: 'analyze', text: 'x'.repeat(MAX_MESSAGE_TEXT + 1) },
      { type: 'analyze', text: 'hi', platform: 'myspace' },
      { type: 'analyze', text: 'hi', lang: 'fr' },
      { type: 'analyze', text: ['hi'] },
    ],
    goodReplies: [
      { ok: true, analysis },
      { ok: true, analysis, chars },
      { ok: false, error: 'settings unreadable' },
    ],
    badReplies: [
      undefined,
      { ok: true },
      { ok: false },
      { ok: true, analysis: { ...analysis, findings: [{}] } },
      { ok: true, analysis, chars: null },
      { ok: true, analysis, chars: { ...chars, platform: 'myspace' } },
    ],
  },
  'record-post': {
    good: [{ type: 'record-post', event }],
    bad: [{ type: 'record-post' }, { type: 'record-post', event: { ...event, site: 'myspace' } }],
    goodReplies: [
      { ok: true },
      { ok: false },
      { ok: false, refused: 'rate-limit' },
      { ok: false, refused: 'invalid' },
    ],
    badReplies: [undefined, {}, { ok: 'yes' }, { ok: false, refused: 'tired' }],
  },
  'budget-summary': {
    good: [{ type: 'budget-summary' }],
    bad: [{ type: 'budget-summary ' }, []],
    goodReplies: [{ ok: true, summary }, { ok: false }],
    // From the popup's reply guard (components/budget-model.ts readSummaryReply until issue 9).
    badReplies: [
      undefined,
      { ok: true },
      { ok: true, summary: { ...summary, today: '30.03.2025' } },
      { ok: true, summary: { ...summary, conversationRatio: 1.5 } },
      { ok: true, summary: { ...summary, accounts: [{ ...account0, site: 'myspace' }] } },
      { ok: true, summary: { ...summary, accounts: [{ ...account0, postsToday: -1 }] } },
      {
        ok: true,
        summary: {
          ...summary,
          brandWeek: [{ brandId: null, days: [{ day: '2025-03-30', posts: 0.5, replies: 0 }] }],
        },
      },
      { ok: true, summary: { ...summary, week: [{ ...week0, perDay: -1 }] } },
      { ok: true, summary: { ...summary, week: [{ ...week0, displayName: 5 }] } },
      { ok: true, summary: { ...summary, accounts: [{ ...account0, displayName: 'x'.repeat(201) }] } },
      // The shape before issue 12 (one week per brand, no brandWeek) is not a summary any more.
      { ok: true, summary: { ...summary, week: summary.brandWeek, brandWeek: undefined } },
    ],
  },
  'get-draft': {
    good: [{ type: 'get-draft' }],
    bad: [{ type: 'get-drafts' }, undefined],
    goodReplies: [
      {
        platform: 'x',
        siteEnabled: true,
        draft: { text: 'Buy now', platform: 'x', analysis, chars, budget: status, kind: 'post' },
      },
      {
        platform: 'x',
        siteEnabled: true,
        draft: { text: 'Buy now', platform: 'x', analysis: null, chars: null, budget: null, kind: 'reply' },
      },
      { platform: 'reddit', siteEnabled: false, draft: null },
    ],
    badReplies: [
      undefined,
      { siteEnabled: true, draft: null },
      { platform: 'x', draft: null },
      {
        platform: 'x',
        siteEnabled: true,
        draft: { text: 1, platform: 'x', analysis: null, chars: null, budget: null, kind: 'post' },
      },
      {
        platform: 'x',
        siteEnabled: true,
        draft: {
          text: 'hi',
          platform: 'x',
          analysis: { scores: {} },
          chars: null,
          budget: null,
          kind: 'post',
        },
      },
      { platform: 'x', siteEnabled: true, draft: { text: 'hi', platform: 'x', analysis: null } },
      {
        platform: 'x',
        siteEnabled: true,
        draft: { text: 'hi', platform: 'x', analysis: null, chars: { used: 2 }, budget: null, kind: 'post' },
      },
      {
        platform: 'x',
        siteEnabled: true,
        draft: {
          text: 'hi',
          platform: 'x',
          analysis: null,
          chars: null,
          budget: { ...status, site: 'myspace' },
        },
      },
    ],
  },
  'toggle-panel': {
    good: [{ type: 'toggle-panel' }],
    bad: [{ type: 'toggle' }],
    goodReplies: [undefined, null],
    badReplies: [{ ok: true }],
  },
  ignore: {
    good: [
      { type: 'ignore', site: 'x', account: '@acme', rule: 'all-caps' },
      { type: 'ignore', site: 'x', account: '', rule: 'brand:banned:0', phrase: 'flash sale', undo: true },
    ],
    bad: [
      { type: 'ignore', site: 'x', account: '@acme' },
      { type: 'ignore', site: 'x', account: '@acme', rule: '<img src=x>' },
      { type: 'ignore', site: 'x', account: '@acme', rule: 'hype', phrase: ' ' },
      { type: 'ignore', site: 'x', account: '@acme', rule: 'hype', phrase: 'x'.repeat(501) },
      { type: 'ignore', site: 'x', account: '@acme', rule: 'hype', undo: 'yes' },
      { type: 'ignore', site: 'myspace', account: '@acme', rule: 'hype' },
    ],
    goodReplies: [
      { ok: true, brand: { id: 'acme', name: 'Acme' } },
      { ok: false, error: 'no-brand' },
      { ok: false, error: 'invalid' },
    ],
    badReplies: [undefined, { ok: true }, { ok: false, error: 'boom' }, { ok: true, brand: 'acme' }],
  },
  'team-status': {
    good: [{ type: 'team-status' }],
    bad: [{ type: 'team' }, null],
    goodReplies: [teamStatus, { ok: true, states: [], recent: [] }, { ok: false }],
    badReplies: [
      undefined,
      { ok: true, states: [] },
      { ok: true, states: [{ ...syncState, problem: 'tired' }], recent: [] },
      { ok: true, states: [], recent: [{ at: 1, site: 'myspace', account: 'a', kind: 'post' }] },
      { ok: true, states: [], recent: [{ at: 1, site: 'x', account: 'a', kind: 'post', member: 7 }] },
    ],
  },
  'team-sync-now': {
    good: [{ type: 'team-sync-now' }, { type: 'team-sync-now', brandId: 'acme' }],
    bad: [
      { type: 'team-sync-now', brandId: '../x' },
      { type: 'team-sync-now', brandId: 3 },
    ],
    goodReplies: [teamStatus, { ok: false }],
    badReplies: [undefined, { ok: true }],
  },
  'team-sign-in': {
    good: [{ type: 'team-sign-in', brandId: 'acme', username: 'alice', password: 'pw' }],
    bad: [
      { type: 'team-sign-in', brandId: 'acme', username: ' ', password: 'pw' },
      { type: 'team-sign-in', brandId: 'acme', username: 'alice' },
      { type: 'team-sign-in', username: 'alice', password: 'pw' },
    ],
    goodReplies: [teamStatus, { ok: false }],
    badReplies: [undefined, { ok: 'yes' }],
  },
  'team-versions': {
    good: [{ type: 'team-versions', brandId: 'acme' }],
    bad: [{ type: 'team-versions' }],
    goodReplies: [
      { ok: true, versions: [] },
      {
        ok: true,
        versions: [{ rev: '2-a', brand: { name: 'Acme' }, editedBy: 'bob', editedAt: 5, winner: true }],
      },
      { ok: false },
    ],
    badReplies: [
      undefined,
      { ok: true },
      { ok: true, versions: [{ rev: '2-a', brand: 'x', editedBy: '', editedAt: 1, winner: true }] },
    ],
  },
  'team-resolve': {
    good: [{ type: 'team-resolve', brandId: 'acme', rev: '3-abc' }],
    bad: [{ type: 'team-resolve', brandId: 'acme' }],
    goodReplies: [teamStatus, { ok: false }],
    badReplies: [undefined],
  },
};

const TYPES = Object.keys(REQUESTS) as RequestType[];

describe('the request table', () => {
  it.each(TYPES)('%s: its request guard accepts good requests and refuses malformed ones', (type) => {
    const spec = REQUESTS[type];
    for (const good of CASES[type].good) expect(spec.request(good), JSON.stringify(good)).toBe(true);
    for (const bad of CASES[type].bad) expect(spec.request(bad), JSON.stringify(bad)).toBe(false);
    // A request of another type is never this one.
    for (const other of TYPES.filter((t) => t !== type))
      for (const good of CASES[other].good) expect(spec.request(good)).toBe(false);
  });

  it.each(TYPES)('%s: its reply guard accepts good replies and refuses malformed ones', (type) => {
    const spec = REQUESTS[type];
    for (const good of CASES[type].goodReplies) expect(spec.reply(good), JSON.stringify(good)).toBe(true);
    for (const bad of CASES[type].badReplies)
      expect(spec.reply(bad), JSON.stringify(bad)?.slice(0, 200)).toBe(false);
  });

  // Who may ask what (issue 11): the content script only what its own composer needs.
  const ASKERS: Array<[RequestType, boolean, boolean]> = [
    // type, from an extension page, from a content script
    ['draft', false, true],
    ['warm', true, true],
    ['analyze', true, false],
    ['record-post', false, true],
    ['budget-summary', true, false],
    ['get-draft', true, false],
    ['toggle-panel', true, false],
    ['ignore', false, true],
    ['team-status', true, false],
    ['team-sync-now', true, false],
    ['team-sign-in', true, false],
    ['team-versions', true, false],
    ['team-resolve', true, false],
  ];
  it('names every request type once in this test', () => {
    expect(ASKERS.map(([t]) => t).sort()).toEqual([...TYPES].sort());
  });
  it.each(ASKERS)('%s: extension page %s, content script %s', (type, page, content) => {
    expect(REQUESTS[type].from.includes('extension-page')).toBe(page);
    expect(REQUESTS[type].from.includes('content-script')).toBe(content);
  });

  it('isRequest checks one type', () => {
    expect(isRequest('get-draft', { type: 'get-draft' })).toBe(true);
    expect(isRequest('get-draft', { type: 'toggle-panel' })).toBe(false);
  });
});

describe('post events', () => {
  it('accepts a well-formed post event and record-post', () => {
    expect(isPostEvent(event)).toBe(true);
    expect(isPostEvent({ ...event, scores: null, text: 'draft' })).toBe(true);
    expect(isRequest('record-post', { type: 'record-post', event })).toBe(true);
  });

  it.each([
    ['an unknown site', { site: 'myspace' }],
    ['an unknown kind', { kind: 'story' }],
    ['an empty id', { id: '' }],
    ['a long id', { id: 'x'.repeat(101) }],
    ['a time that is not a number', { at: '2024-05-15' }],
    ['an infinite score', { scores: { broadcast: Number.POSITIVE_INFINITY, pushiness: 0, missingValue: 0 } }],
    ['a missing score', { scores: { broadcast: 1, pushiness: 2 } }],
    ['a long account', { account: 'a'.repeat(201) }],
    ['a long text', { text: 'x'.repeat(MAX_MESSAGE_TEXT + 1) }],
  ])('refuses an event with %s', (_name, change) => {
    expect(isPostEvent({ ...event, ...change })).toBe(false);
    expect(isRequest('record-post', { type: 'record-post', event: { ...event, ...change } })).toBe(false);
  });
});

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const BASE = `chrome-extension://${ID}/`;
const popup: SenderInfo = { id: ID, url: `${BASE}popup.html` };
const optionsTab: SenderInfo = { id: ID, url: `${BASE}options.html`, tab: { id: 4 } };
const contentScript: SenderInfo = { id: ID, url: 'https://x.com/home', tab: { id: 7 } };

describe('senderKind', () => {
  it('tells our pages from our content scripts', () => {
    expect(senderKind(popup, ID, BASE)).toBe('extension-page');
    expect(senderKind(optionsTab, ID, BASE)).toBe('extension-page');
    expect(senderKind(contentScript, ID, BASE)).toBe('content-script');
    expect(
      senderKind({ id: 'uuid', url: 'moz-extension://uuid/popup.html' }, 'uuid', 'moz-extension://uuid/'),
    ).toBe('extension-page');
  });

  it('trusts no other sender', () => {
    expect(senderKind({ ...contentScript, id: 'another-extension' }, ID, BASE)).toBe('other');
    expect(senderKind({ id: ID }, ID, BASE)).toBe('other');
    expect(senderKind({ id: ID, url: 'https://x.com/home' }, ID, BASE)).toBe('other');
    expect(senderKind({ id: ID, url: `chrome-extension://${'z'.repeat(32)}/popup.html` }, ID, BASE)).toBe(
      'other',
    );
    expect(senderKind({ id: ID, url: 'not a url' }, ID, BASE)).toBe('other');
  });
});

/** Handlers that record what they were asked and answer a well-formed reply of their type. */
function recordingHandlers() {
  const asked: Array<{ type: string; tabId: number | undefined }> = [];
  const note = (type: string, tabId: number | undefined) => asked.push({ type, tabId });
  const handlers: Handlers = {
    draft: (_r, s) => {
      note('draft', s.tabId);
      return { ok: true, analysis: null, budget: status, brand: null, chars: null };
    },
    warm: (_r, s) => {
      note('warm', s.tabId);
      return { ok: true };
    },
    analyze: (_r, s) => {
      note('analyze', s.tabId);
      return { ok: true, analysis };
    },
    'record-post': async (_r, s) => {
      note('record-post', s.tabId);
      return { ok: true };
    },
    'budget-summary': (_r, s) => {
      note('budget-summary', s.tabId);
      return { ok: true, summary };
    },
    ignore: (_r, s) => {
      note('ignore', s.tabId);
      return { ok: true, brand: { id: 'acme', name: 'Acme' } };
    },
    'team-status': (_r, s) => {
      note('team-status', s.tabId);
      return { ok: false };
    },
    'team-sync-now': (_r, s) => {
      note('team-sync-now', s.tabId);
      return { ok: false };
    },
    'team-sign-in': (_r, s) => {
      note('team-sign-in', s.tabId);
      return { ok: false };
    },
    'team-versions': (_r, s) => {
      note('team-versions', s.tabId);
      return { ok: false };
    },
    'team-resolve': (_r, s) => {
      note('team-resolve', s.tabId);
      return { ok: false };
    },
  };
  return { handlers, asked };
}

const BACKGROUND_TYPES = TYPES.filter((t): t is BackgroundRequest => REQUESTS[t].to === 'background');
const KINDS: SenderKind[] = ['extension-page', 'content-script', 'other'];

describe('answer: what serve does with one message', () => {
  it.each(BACKGROUND_TYPES)('%s is answered exactly to the senders its entry names', async (type) => {
    for (const kind of KINDS) {
      const { handlers, asked } = recordingHandlers();
      const pending = answer(handlers, CASES[type].good[0], { kind, tabId: 3 });
      const allowed = kind !== 'other' && REQUESTS[type].from.includes(kind);
      expect(pending !== undefined, `${type} from ${kind}`).toBe(allowed);
      if (!pending) {
        expect(asked).toEqual([]);
        continue;
      }
      expect(REQUESTS[type].reply(await pending)).toBe(true);
      expect(asked).toEqual([{ type, tabId: 3 }]);
    }
  });

  it('never answers a popup-only request to a content script', () => {
    const popupOnly = BACKGROUND_TYPES.filter((t) => !REQUESTS[t].from.includes('content-script'));
    expect(popupOnly).toEqual(expect.arrayContaining(['budget-summary', 'analyze']));
    const { handlers, asked } = recordingHandlers();
    for (const type of popupOnly)
      for (const request of CASES[type].good)
        expect(answer(handlers, request, { kind: 'content-script', tabId: 1 })).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('answers no malformed request, unknown type or request meant for a content script', () => {
    const { handlers, asked } = recordingHandlers();
    const junk: unknown[] = [
      ...BACKGROUND_TYPES.flatMap((t) => CASES[t].bad),
      ...CASES['get-draft'].good,
      ...CASES['toggle-panel'].good,
      { type: 'budget-status', site: 'x', account: 'acme' },
      { type: 'constructor' },
      { type: '__proto__' },
      { type: 'toString' },
      { type: 'hasOwnProperty' },
      undefined,
      'draft',
      [],
    ];
    for (const message of junk)
      for (const kind of ['extension-page', 'content-script'] as const)
        expect(answer(handlers, message, { kind, tabId: 1 }), JSON.stringify(message)).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('answers a handler that throws with { ok: false, error }, which no composer reply guard accepts', async () => {
    const { handlers } = recordingHandlers();
    const failing: Handlers = {
      ...handlers,
      draft: () => {
        throw new Error('settings unreadable');
      },
    };
    const reply = await answer(failing, CASES.draft.good[0], { kind: 'content-script', tabId: 1 });
    expect(reply).toEqual({ ok: false, error: 'settings unreadable' });
    expect(REQUESTS.draft.reply(reply)).toBe(false);
  });
});

describe('serve', () => {
  type Listener = Parameters<ServeRuntime['onMessage']['addListener']>[0];
  function fakeRuntime() {
    const listeners = new Set<Listener>();
    const runtime: ServeRuntime = {
      id: ID,
      getURL: (path) => `${BASE}${path.replace(/^\//, '')}`,
      onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    };
    const send = (message: unknown, sender: SenderInfo) =>
      new Promise<{ async: boolean; reply: unknown }>((resolve) => {
        let result: true | undefined;
        for (const l of listeners) result = l(message, sender, (reply) => resolve({ async: true, reply }));
        if (result !== true) resolve({ async: false, reply: undefined });
      });
    return { runtime, listeners, send };
  }

  it('answers through one listener, with the tab of the sender', async () => {
    const { runtime, listeners, send } = fakeRuntime();
    const { handlers, asked } = recordingHandlers();
    const stop = serve(handlers, runtime);
    expect(listeners.size).toBe(1);
    expect(await send({ type: 'warm' }, contentScript)).toEqual({ async: true, reply: { ok: true } });
    expect(await send({ type: 'budget-summary' }, popup)).toEqual({
      async: true,
      reply: { ok: true, summary },
    });
    expect(asked).toEqual([
      { type: 'warm', tabId: 7 },
      { type: 'budget-summary', tabId: undefined },
    ]);
    stop();
    expect(listeners.size).toBe(0);
  });

  it('leaves unanswered what the table does not allow', async () => {
    const { runtime, send } = fakeRuntime();
    const { handlers, asked } = recordingHandlers();
    serve(handlers, runtime);
    expect(await send({ type: 'budget-summary' }, contentScript)).toEqual({ async: false, reply: undefined });
    expect(await send({ type: 'warm' }, { ...contentScript, id: 'another-extension' })).toEqual({
      async: false,
      reply: undefined,
    });
    expect(await send({ type: 'draft', text: 'hi' }, contentScript)).toEqual({
      async: false,
      reply: undefined,
    });
    expect(asked).toEqual([]);
  });
});

describe('call and callTab', () => {
  beforeEach(() => {
    fake.send.mockReset();
    fake.sendTab.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('send the type with the body and return a reply that passes its guard', async () => {
    fake.send.mockResolvedValue({ ok: true, analysis: null, budget: status, brand: null, chars: null });
    const reply = await call('draft', { text: '', site: 'x', account: 'acme', kind: 'post' });
    expect(fake.send).toHaveBeenCalledWith({
      type: 'draft',
      text: '',
      site: 'x',
      account: 'acme',
      kind: 'post',
    });
    expect(reply?.budget?.perDay).toBe(3);

    fake.sendTab.mockResolvedValue({ platform: 'x', siteEnabled: true, draft: null });
    expect(await callTab(5, 'get-draft', {})).toEqual({ platform: 'x', siteEnabled: true, draft: null });
    expect(fake.sendTab).toHaveBeenCalledWith(5, { type: 'get-draft' });
  });

  it('return null for a malformed reply, no reply, or a worker that is gone', async () => {
    fake.send.mockResolvedValueOnce({ ok: true, analysis: 'high' });
    expect(await call('analyze', { text: 'hi' })).toBeNull();
    fake.send.mockResolvedValueOnce(undefined);
    expect(await call('budget-summary', {})).toBeNull();
    fake.send.mockRejectedValueOnce(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(await call('warm', {})).toBeNull();
    fake.sendTab.mockRejectedValueOnce(new Error('No tab with id: 5'));
    expect(await callTab(5, 'get-draft', {})).toBeNull();
  });

  it('return null when the answer takes longer than the timeout', async () => {
    vi.useFakeTimers();
    fake.send.mockReturnValue(new Promise(() => undefined));
    const reply = call('budget-summary', {}, { timeoutMs: 3000 });
    await vi.advanceTimersByTimeAsync(3000);
    expect(await reply).toBeNull();
  });
});
