/**
 * The toolbar badge of a tab whose composer belongs to a known account: today's broadcast posts of
 * that account, coloured like the popup's meter (components/budget-model.ts `meterState`): within
 * the budget, budget used up (the next post breaks it), over the budget.
 */
export type BadgeState = 'under' | 'full' | 'over';

export const BADGE_COLORS: Record<BadgeState, string> = {
  under: '#2e7d32',
  full: '#b26a00',
  over: '#c62828',
};

export interface Badge {
  /** At most 3 characters: Chrome shows about four, and 100 posts in a day is already off the scale. */
  text: string;
  color: string;
  state: BadgeState;
}

export function badgeFor(postsToday: number, perDay: number): Badge {
  const state: BadgeState =
    postsToday > perDay ? 'over' : postsToday === perDay && postsToday > 0 ? 'full' : 'under';
  const n = Math.max(0, Math.floor(postsToday));
  return { text: n > 99 ? '99+' : String(n), color: BADGE_COLORS[state], state };
}
