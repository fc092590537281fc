import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedJsonBytes } from './bytes';
import { startOfDayKey } from './day';
import {
  appendEvents,
  emptyPostLog,
  MAX_TEXT_CHARS,
  parsePostLog,
  prepareEvent,
  pruneLog,
  RETENTION_DAYS,
} from './log';
import { POST_LOG_MIGRATIONS } from './migrations';
import { event, logOf } from './testing';
import { POST_LOG_VERSION, type PostEvent } from './types';

process.env.TZ = 'Europe/Amsterdam';

const NOW = Date.parse('2024-05-15T12:00:00+02:00');
const DAY = 86_400_000;

describe('prepareEvent', () => {
  const raw = (overrides: Partial<PostEvent> = {}): PostEvent => ({
    id: 'abc',
    at: NOW - 1000,
    site: 'x',
    account: '@Acme',
    kind: 'post',
    scores: { broadcast: 10, pushiness: 20, missingValue: 30 },
    text: 'We are excited to announce…',
    ...overrides,
  });

  it('drops the text unless the user opted in', () => {
    expect(prepareEvent(raw(), { keepText: false, now: NOW })).not.toHaveProperty('text');
    expect(prepareEvent(raw(), { keepText: true, now: NOW })?.text).toBe('We are excited to announce…');
    expect(prepareEvent(raw({ text: '   ' }), { keepText: true, now: NOW })).not.toHaveProperty('text');
  });

  it('cuts a kept text at MAX_TEXT_CHARS', () => {
    const long = 'a'.repeat(MAX_TEXT_CHARS + 10);
    expect(prepareEvent(raw({ text: long }), { keepText: true, now: NOW })?.text).toHaveLength(
      MAX_TEXT_CHARS,
    );
  });

  it('normalizes the account and copies only known fields', () => {
    const sent = { ...raw(), extra: '<script>', account: ' @ACME ' } as PostEvent;
    expect(prepareEvent(sent, { keepText: false, now: NOW })).toEqual({
      id: 'abc',
      at: NOW - 1000,
      site: 'x',
      account: 'acme',
      kind: 'post',
      displayName: '@ACME',
      scores: { broadcast: 10, pushiness: 20, missingValue: 30 },
    });
  });

  it('keeps the name as the site showed it, derived from the account the page sent, never sent apart', () => {
    const prep = (account: string, site: PostEvent['site'] = 'facebook', extra = {}) =>
      prepareEvent({ ...raw({ account, site }), ...extra }, { keepText: false, now: NOW });
    expect(prep('  Alex   Doe ')).toMatchObject({ account: 'alex doe', displayName: 'Alex Doe' });
    // The key says it all: nothing extra stored.
    expect(prep('brand page')).not.toHaveProperty('displayName');
    // Not an account of the site: the unknown account, and no name.
    expect(prep('<b>Page</b>')).toEqual(expect.objectContaining({ account: '' }));
    expect(prep('<b>Page</b>')).not.toHaveProperty('displayName');
    // A name field sent by a page is not copied: the name comes from the account read on the page.
    expect(prep('Brand Page', 'facebook', { displayName: 'Someone Else' })?.displayName).toBe('Brand Page');
  });

  it('reads a stored name only when it names the same account, and drops a bad name but not the event', () => {
    const stored = (displayName: unknown) =>
      parsePostLog(
        { version: 1, events: [{ ...raw({ account: 'alex doe', site: 'facebook' }), displayName }] },
        NOW,
      ).log.events[0];
    expect(stored('Alex Doe')?.displayName).toBe('Alex Doe');
    expect(stored('Someone Else')).not.toHaveProperty('displayName');
    expect(stored(42)).toMatchObject({ account: 'alex doe' });
    expect(stored(42)).not.toHaveProperty('displayName');
  });

  it("stores an account without the site's account shape as the unknown account", () => {
    const forged = raw({ account: 'Totally Not A Handle <b>' });
    expect(prepareEvent(forged, { keepText: false, now: NOW })?.account).toBe('');
    expect(prepareEvent(raw({ account: 'x'.repeat(201) }), { keepText: false, now: NOW })).toBeNull();
  });

  it('stamps an event from the future with now, and clamps scores', () => {
    const e = prepareEvent(
      raw({ at: NOW + DAY, scores: { broadcast: -5, pushiness: 150, missingValue: 50.5 } }),
      {
        keepText: false,
        now: NOW,
      },
    );
    expect(e?.at).toBe(NOW);
    expect(e?.scores).toEqual({ broadcast: 0, pushiness: 100, missingValue: 50.5 });
    expect(prepareEvent(raw({ scores: null }), { keepText: false, now: NOW })?.scores).toBeNull();
  });

  it('refuses what cannot be stored', () => {
    const opts = { keepText: false, now: NOW };
    expect(prepareEvent(raw({ site: 'myspace' as PostEvent['site'] }), opts)).toBeNull();
    expect(prepareEvent(raw({ kind: 'story' as PostEvent['kind'] }), opts)).toBeNull();
    expect(prepareEvent(raw({ id: '' }), opts)).toBeNull();
    expect(prepareEvent(raw({ at: Number.NaN }), opts)).toBeNull();
  });
});

describe('appendEvents', () => {
  it('adds new ids and ignores ids it has, first one wins', () => {
    const a = event(NOW - 3000, { id: 'a' });
    const b = event(NOW - 2000, { id: 'b' });
    const first = appendEvents(emptyPostLog(), [a], NOW);
    expect(first.added).toEqual(['a']);
    const second = appendEvents(first.log, [b, { ...a, kind: 'reply' }, { ...b, at: 0 }], NOW);
    expect(second.added).toEqual(['b']);
    expect(second.duplicates).toEqual(['a', 'b']);
    expect(second.log.events).toEqual([a, b]);
  });

  it('keeps the log in time order whatever order events arrive in', () => {
    const late = event(NOW - 1000);
    const early = event(NOW - 5000);
    expect(appendEvents(logOf(late), [early], NOW).log.events).toEqual([early, late]);
  });

  it('does not change its input', () => {
    const log = logOf(event(NOW - 1000));
    const before = structuredClone(log);
    appendEvents(log, [event(NOW - 500)], NOW);
    expect(log).toEqual(before);
  });
});

describe('pruneLog', () => {
  it(`keeps the last ${RETENTION_DAYS} local days, today included, across DST changes`, () => {
    // 90 days before 2024-05-15 is 2024-02-16; the window spans the change to summer time on 03-31.
    const oldest = startOfDayKey('2024-02-16') ?? 0;
    const kept = event(oldest);
    const gone = event(oldest - 1);
    expect(pruneLog(logOf(gone, kept), NOW).events).toEqual([kept]);
  });

  it('returns the same log when nothing had to go', () => {
    const log = logOf(event(NOW - DAY));
    expect(pruneLog(log, NOW)).toBe(log);
  });

  it('drops the drafts of the oldest events first, then the oldest events', () => {
    const events = Array.from({ length: 10 }, (_, i) =>
      event(NOW - (10 - i) * 60_000, { text: 'x'.repeat(1000) }),
    );
    const log = logOf(...events);
    // The caps are in the bytes Chrome counts (./bytes.ts), which for this ASCII log differ from
    // its length only in the timestamps' number format.
    const bytes = (v: unknown) => storedJsonBytes(JSON.stringify(v));
    const size = bytes(log);
    // Room for everything but ~3 drafts: the 3 oldest lose their text, all 10 events stay.
    const pruned = pruneLog(log, NOW, { events: 100, bytes: size - 2500 });
    expect(pruned.events).toHaveLength(10);
    expect(pruned.events.map((e) => e.text === undefined)).toEqual([
      true,
      true,
      true,
      ...Array(7).fill(false),
    ]);
    expect(bytes(pruned)).toBeLessThanOrEqual(size - 2500);
    // Room for no drafts and 5 events: the 5 newest stay, without text.
    const withoutText = bytes(events[0] && { ...events[0], text: undefined }) + 1;
    const tight = pruneLog(log, NOW, { events: 100, bytes: 40 + 5 * withoutText });
    expect(tight.events.map((e) => e.id)).toEqual(events.slice(5).map((e) => e.id));
    expect(tight.events.every((e) => e.text === undefined)).toBe(true);
  });

  it('caps the number of events, keeping the newest', () => {
    const events = Array.from({ length: 5 }, (_, i) => event(NOW - (5 - i) * 60_000));
    expect(pruneLog(logOf(...events), NOW, { events: 3, bytes: 1e9 }).events).toEqual(events.slice(2));
  });
});

describe('parsePostLog: times', () => {
  it('drops a time before 1970 or more than a day ahead as unreadable', () => {
    const ok = event(NOW - DAY);
    const soon = event(NOW + DAY / 2);
    const old = event(NOW - (RETENTION_DAYS + 2) * DAY);
    const raw = {
      version: POST_LOG_VERSION,
      events: [old, ok, soon, event(1e300), event(NOW + 2 * DAY), event(-1e300), event(-1)],
    };
    const parsed = parsePostLog(raw, NOW);
    // Unreadable, so backed up before the next write; the old one is pruned by that write.
    expect(parsed.log.events).toEqual([old, ok, soon]);
    expect(parsed.dropped).toBe(4);
  });
});

describe('parsePostLog', () => {
  it('reads nothing stored as an empty log', () => {
    expect(parsePostLog(undefined)).toEqual({ log: emptyPostLog(), problem: null, dropped: 0 });
    expect(parsePostLog(null)).toEqual({ log: emptyPostLog(), problem: null, dropped: 0 });
  });

  it('reports a value that is not a post log', () => {
    for (const bad of ['text', 42, [], { events: 'no' }, { version: 2, events: [] }])
      expect(parsePostLog(bad)).toMatchObject({ log: emptyPostLog(), problem: expect.any(String) });
  });

  it('drops unreadable events and repeated ids, keeps the rest', () => {
    const good = event(NOW - 1000, { id: 'g' });
    const parsed = parsePostLog({
      version: 1,
      events: [good, { ...good }, { id: 'bad', at: 'yesterday' }, null, { ...event(NOW), site: 'myspace' }],
    });
    expect(parsed).toEqual({ log: logOf(good), problem: null, dropped: 4 });
  });

  it('reads the version 1 fixture in full', () => {
    const fixture: unknown = JSON.parse(
      readFileSync(join(__dirname, 'fixtures', 'post-log-v1.json'), 'utf8'),
    );
    const parsed = parsePostLog(fixture);
    expect(parsed.problem).toBeNull();
    expect(parsed.dropped).toBe(0);
    expect(parsed.log.events.map((e) => e.kind)).toEqual(['post', 'reply', 'thread', 'post']);
    expect(parsed.log.events[3]).toMatchObject({
      site: 'mastodon',
      account: 'acme@mastodon.social',
      scores: null,
    });
    expect(parsed.log.events[0]?.text).toBe('Our new roast is in: €9 this week. What do you brew it with?');
  });
});

describe('post-log migrations', () => {
  it('has a step for every version after 1 and nothing else', () => {
    for (let v = 2; v <= POST_LOG_VERSION; v++)
      expect(POST_LOG_MIGRATIONS[v], `step to v${v}`).toBeTypeOf('function');
    expect(
      Object.keys(POST_LOG_MIGRATIONS).every((v) => Number(v) >= 2 && Number(v) <= POST_LOG_VERSION),
    ).toBe(true);
  });
});
