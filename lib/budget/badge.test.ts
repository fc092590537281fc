import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor } from './badge';

describe('badgeFor', () => {
  it.each([
    [0, 3, '0', 'under'],
    [2, 3, '2', 'under'],
    [3, 3, '3', 'full'],
    [4, 3, '4', 'over'],
    [1, 1, '1', 'full'],
    [150, 3, '99+', 'over'],
  ] as const)('%i of %i posts shows %j, %s', (posts, perDay, text, state) => {
    expect(badgeFor(posts, perDay)).toEqual({ text, state, color: BADGE_COLORS[state] });
  });
});
