import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGETS, defaultSettings } from '../settings/types';
import { budgetFor, budgetStatus } from './status';
import { event, logOf, settingsWithAcme } from './testing';

process.env.TZ = 'Europe/Amsterdam';

const MIN = 60_000;
const NOON = Date.parse('2024-05-15T12:00:00+02:00');
const MIDNIGHT = Date.parse('2024-05-16T00:00:00+02:00');

describe('budgetStatus', () => {
  it('finds the brand by account, case-insensitively and with or without @', () => {
    const s = settingsWithAcme({ x: { perDay: 5, spacingMinutes: 30 } });
    for (const account of ['acme', '@acme', 'ACME', ' @Acme ']) {
      const status = budgetStatus(logOf(), s, 'x', account, NOON);
      expect(status).toMatchObject({ brandId: 'acme', account: 'acme', perDay: 5, spacingMinutes: 30 });
    }
  });

  it("uses the site's default budget when the brand has none for the site", () => {
    const s = settingsWithAcme({ x: { perDay: 5, spacingMinutes: 30 } });
    expect(budgetStatus(logOf(), s, 'linkedin', 'company:42', NOON)).toMatchObject({
      brandId: 'acme',
      perDay: 1,
      spacingMinutes: 60,
    });
    expect(budgetFor(s, 'linkedin', 'company:42')).toEqual(DEFAULT_BUDGETS.linkedin);
  });

  it('shows an unknown account as unassigned with the default budget of its site', () => {
    for (const [site, perDay] of [
      ['x', 3],
      ['linkedin', 1],
      ['facebook', 2],
      ['instagram', 1],
      ['threads', 3],
      ['mastodon', 3],
      ['bluesky', 3],
      ['reddit', 2],
    ] as const) {
      const status = budgetStatus(logOf(), settingsWithAcme(), site, 'someone-else', NOON);
      expect(status).toMatchObject({
        brandId: null,
        perDay,
        spacingMinutes: 60,
        postsToday: 0,
        warning: null,
      });
    }
  });

  it("does not give an account on another site the brand's budget", () => {
    // @acme is the brand's X account; @acme on Threads is not listed.
    expect(budgetStatus(logOf(), settingsWithAcme(), 'threads', 'acme', NOON).brandId).toBeNull();
  });

  it('counts posts and threads, never replies; a thread is one post', () => {
    const log = logOf(
      event(NOON - 300 * MIN, { kind: 'post' }),
      event(NOON - 200 * MIN, { kind: 'thread' }),
      event(NOON - 100 * MIN, { kind: 'reply' }),
      event(NOON - 90 * MIN, { kind: 'reply' }),
    );
    expect(budgetStatus(log, settingsWithAcme(), 'x', 'acme', NOON)).toMatchObject({
      postsToday: 2,
      repliesToday: 2,
      lastPostAt: NOON - 200 * MIN,
      warning: null,
    });
  });

  it('counts only this account on this site', () => {
    const log = logOf(
      event(NOON - 300 * MIN, { account: 'other' }),
      event(NOON - 200 * MIN, { site: 'threads' }),
      event(NOON - 100 * MIN),
    );
    expect(budgetStatus(log, settingsWithAcme(), 'x', 'acme', NOON).postsToday).toBe(1);
  });

  it('warns over-budget when today already has perDay posts', () => {
    const log = logOf(event(NOON - 300 * MIN), event(NOON - 200 * MIN), event(NOON - 100 * MIN));
    expect(budgetStatus(log, settingsWithAcme(), 'x', 'acme', NOON).warning).toEqual({
      kind: 'over-budget',
      nextFreeAt: MIDNIGHT,
    });
    const two = logOf(event(NOON - 300 * MIN), event(NOON - 200 * MIN));
    expect(budgetStatus(two, settingsWithAcme(), 'x', 'acme', NOON).warning).toBeNull();
  });

  it('prefers over-budget to too-soon', () => {
    const log = logOf(event(NOON - 30 * MIN));
    const s = settingsWithAcme({ x: { perDay: 1, spacingMinutes: 60 } });
    expect(budgetStatus(log, s, 'x', 'acme', NOON).warning).toEqual({
      kind: 'over-budget',
      nextFreeAt: MIDNIGHT,
    });
  });

  it('warns too-soon within the spacing, with the whole minutes left to wait', () => {
    const s = settingsWithAcme({ x: { perDay: 10, spacingMinutes: 60 } });
    const at = (ago: number) => budgetStatus(logOf(event(NOON - ago)), s, 'x', 'acme', NOON).warning;
    expect(at(47 * MIN)).toEqual({ kind: 'too-soon', minutesToWait: 13, nextFreeAt: NOON + 13 * MIN });
    expect(at(47 * MIN + 30_000)).toEqual({
      kind: 'too-soon',
      minutesToWait: 13,
      nextFreeAt: NOON + 12 * MIN + 30_000,
    });
    expect(at(60 * MIN - 1000)).toEqual({ kind: 'too-soon', minutesToWait: 1, nextFreeAt: NOON + 1000 });
    expect(at(0)).toEqual({ kind: 'too-soon', minutesToWait: 60, nextFreeAt: NOON + 60 * MIN });
    expect(at(60 * MIN)).toBeNull();
  });

  it('does not let replies reset the spacing', () => {
    const log = logOf(event(NOON - 90 * MIN), event(NOON - 5 * MIN, { kind: 'reply' }));
    expect(budgetStatus(log, settingsWithAcme(), 'x', 'acme', NOON).warning).toBeNull();
  });

  it('has no spacing warning when the spacing is 0', () => {
    const s = settingsWithAcme({ x: { perDay: 10, spacingMinutes: 0 } });
    expect(budgetStatus(logOf(event(NOON)), s, 'x', 'acme', NOON).warning).toBeNull();
  });

  it('never asks to wait longer than the spacing, even for a post stamped in the future', () => {
    const s = settingsWithAcme({ x: { perDay: 10, spacingMinutes: 60 } });
    const log = logOf(event(NOON + 5 * 60 * MIN - 1));
    expect(budgetStatus(log, s, 'x', 'acme', NOON).warning).toEqual({
      kind: 'too-soon',
      minutesToWait: 60,
      nextFreeAt: NOON + 60 * MIN,
    });
  });

  it('frees the next slot when the spacing ends, if that is after midnight', () => {
    const late = Date.parse('2024-05-15T23:30:00+02:00');
    const s = settingsWithAcme({ x: { perDay: 2, spacingMinutes: 90 } });
    const log = logOf(event(NOON), event(late - 10 * MIN));
    // The day's two posts are used; midnight starts a new count, but the spacing runs until 00:50.
    expect(budgetStatus(log, s, 'x', 'acme', late).warning).toEqual({
      kind: 'over-budget',
      nextFreeAt: Date.parse('2024-05-16T00:50:00+02:00'),
    });
    // Without spacing: the next local day's first instant.
    const none = settingsWithAcme({ x: { perDay: 2, spacingMinutes: 0 } });
    expect(budgetStatus(log, none, 'x', 'acme', late).warning).toEqual({
      kind: 'over-budget',
      nextFreeAt: MIDNIGHT,
    });
  });

  it('names no next slot when the budget allows no posts at all', () => {
    const s = settingsWithAcme({ x: { perDay: 0, spacingMinutes: 60 } });
    expect(budgetStatus(logOf(), s, 'x', 'acme', NOON).warning).toEqual({ kind: 'over-budget' });
  });

  it('works without brands and for an account the site did not show', () => {
    const log = logOf(event(NOON - 100 * MIN, { account: '' }));
    expect(budgetStatus(log, defaultSettings(), 'x', '', NOON)).toMatchObject({
      brandId: null,
      account: '',
      postsToday: 1,
    });
  });

  it("treats Reddit's u/ prefix as part of nothing", () => {
    const s = defaultSettings();
    s.brands.push({
      ...settingsWithAcme().brands[0]!,
      accounts: [{ platform: 'reddit', handle: 'u/Acme-Co' }],
    });
    const log = logOf(event(NOON - 100 * MIN, { site: 'reddit', account: 'acme-co' }));
    expect(budgetStatus(log, s, 'reddit', '/u/acme-co', NOON)).toMatchObject({
      brandId: 'acme',
      postsToday: 1,
    });
  });
});
