import { describe, expect, it } from 'vitest';
import type { PostEvent } from './budget/types';
import { isMessage, isPostEvent } from './messages';

const event: PostEvent = {
  id: 'x-1',
  at: 1_715_767_200_000,
  site: 'x',
  account: 'acme',
  kind: 'thread',
  scores: { broadcast: 1, pushiness: 2, missingValue: 3 },
};

describe('budget messages', () => {
  it('accepts a well-formed post event and record-post', () => {
    expect(isPostEvent(event)).toBe(true);
    expect(isPostEvent({ ...event, scores: null, text: 'draft' })).toBe(true);
    expect(isMessage({ type: 'record-post', event })).toBe(true);
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
  ])('refuses an event with %s', (_name, change) => {
    expect(isPostEvent({ ...event, ...change })).toBe(false);
    expect(isMessage({ type: 'record-post', event: { ...event, ...change } })).toBe(false);
  });

  it('checks the site of budget-status', () => {
    expect(isMessage({ type: 'budget-status', site: 'linkedin', account: 'company:42' })).toBe(true);
    expect(isMessage({ type: 'budget-status', site: 'myspace', account: 'acme' })).toBe(false);
    expect(isMessage({ type: 'budget-summary' })).toBe(true);
  });
});
