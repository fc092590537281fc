import { describe, expect, it } from 'vitest';
import { MAX_POSTS_PER_TAB_PER_MINUTE, PostRateLimit, RATE_WINDOW_MS } from './rate-limit';

function clock(start = 1_000_000) {
  let t = start;
  return {
    now: () => t,
    advance: (ms: number) => {
      t += ms;
    },
  };
}

describe('PostRateLimit', () => {
  it(`admits ${MAX_POSTS_PER_TAB_PER_MINUTE} posts a minute per tab and refuses the next`, () => {
    const c = clock();
    const limit = new PostRateLimit({ now: c.now });
    for (let i = 0; i < MAX_POSTS_PER_TAB_PER_MINUTE; i++) {
      expect(limit.check(1, `p${i}`)).toBe('allow');
      c.advance(100);
    }
    expect(limit.check(1, 'one-too-many')).toBe('refuse');
    // Another tab has its own window.
    expect(limit.check(2, 'other-tab')).toBe('allow');
  });

  it('slides: a minute after the first post, one more is admitted', () => {
    const c = clock();
    const limit = new PostRateLimit({ now: c.now, max: 3 });
    for (const id of ['a', 'b', 'c']) {
      expect(limit.check(7, id)).toBe('allow');
      c.advance(10_000);
    }
    expect(limit.check(7, 'd')).toBe('refuse');
    // 'a' was admitted 30 s ago: at 60 s it leaves the window and makes room for exactly one.
    c.advance(RATE_WINDOW_MS - 30_000);
    expect(limit.check(7, 'e')).toBe('allow');
    expect(limit.check(7, 'f')).toBe('refuse');
  });

  it('never counts a retry of the same event twice, and a refused event stays refused', () => {
    const c = clock();
    const limit = new PostRateLimit({ now: c.now, max: 2 });
    expect(limit.check(1, 'a')).toBe('allow');
    expect(limit.check(1, 'a')).toBe('retry');
    expect(limit.check(1, 'a')).toBe('retry');
    expect(limit.check(1, 'b')).toBe('allow');
    expect(limit.check(1, 'c')).toBe('refuse');
    c.advance(RATE_WINDOW_MS);
    // The retries of a refused event do not trickle it in once the window has moved on.
    expect(limit.check(1, 'c')).toBe('refuse');
    expect(limit.check(1, 'd')).toBe('allow');
  });

  it('forgets a closed tab', () => {
    const limit = new PostRateLimit({ now: () => 0, max: 1 });
    expect(limit.check(3, 'a')).toBe('allow');
    expect(limit.check(3, 'b')).toBe('refuse');
    limit.forget(3);
    expect(limit.check(3, 'b')).toBe('allow');
  });
});
