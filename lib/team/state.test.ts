import { describe, expect, it } from 'vitest';
import { LOCALES, readLocale } from '../../scripts/gen-messages';
import {
  type BrandSyncState,
  classifyError,
  describeSyncState,
  emptySyncState,
  parseSyncState,
  SYNC_PROBLEMS,
} from './state';

const NOW = Date.UTC(2026, 5, 1, 12);
const state = (over: Partial<BrandSyncState>): BrandSyncState => ({ ...emptySyncState('acme'), ...over });
// The popup and options page render these keys with @wxt-dev/i18n; here the locale files are read directly.
const catalogs = Object.fromEntries(LOCALES.map((l) => [l, readLocale(l)])) as Record<
  string,
  Record<string, string>
>;
function render(lang: string, key: string, args: string[]): { text: string } {
  const template = catalogs[lang]?.[key] ?? key;
  return { text: template.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '') };
}
const say = (s: BrandSyncState, lang: 'en' | 'de' | 'nl' = 'en') => {
  const w = describeSyncState(s, NOW);
  return render(lang, w.key, w.args).text;
};

describe('the sync state in words', () => {
  it('says the three states of the issue', () => {
    expect(say(state({ lastSyncAt: NOW - 2 * 60_000 }))).toBe('synced 2 min ago');
    expect(say(state({ lastSyncAt: NOW - 60_000, problem: 'offline', waiting: 3 }))).toBe(
      'offline, 3 posts waiting',
    );
    expect(say(state({ problem: 'wrong-password' }))).toBe('sign-in failed: wrong password');
  });

  it('has words for every state in en, de and nl', () => {
    const states = [
      state({}),
      state({ lastSyncAt: NOW - 5_000 }),
      state({ lastSyncAt: NOW - 5_000, waiting: 2 }),
      state({ lastSyncAt: NOW - 3 * 60_000, waiting: 2 }),
      state({ lastSyncAt: NOW - 3 * 3_600_000 }),
      state({ lastSyncAt: NOW - 3 * 3_600_000, waiting: 1 }),
      state({ lastSyncAt: NOW - 3 * 86_400_000 }),
      state({ lastSyncAt: NOW - 3 * 86_400_000, waiting: 1 }),
      state({ conflict: true, lastSyncAt: NOW }),
      ...SYNC_PROBLEMS.map((problem) => state({ problem, detail: '500 boom' })),
      state({ problem: 'offline', waiting: 0 }),
    ];
    for (const lang of ['en', 'de', 'nl'] as const)
      for (const s of states) {
        const w = describeSyncState(s, NOW);
        const text = render(lang, w.key, w.args).text;
        expect(text, `${lang} ${w.key}`).not.toBe(w.key);
        expect(text, `${lang} ${w.key}`).not.toMatch(/\$\d/);
      }
    expect(say(state({ problem: 'offline', waiting: 3 }), 'de')).toContain('3');
  });

  it('classifies what PouchDB throws', () => {
    expect(classifyError(new TypeError('Failed to fetch')).problem).toBe('offline');
    expect(classifyError({ status: 401, name: 'unauthorized' }, false).problem).toBe('wrong-password');
    expect(classifyError({ status: 401, name: 'unauthorized' }, true).problem).toBe('not-member');
    expect(classifyError({ status: 403, name: 'forbidden' }).problem).toBe('not-member');
    expect(classifyError({ status: 404, name: 'not_found' }).problem).toBe('no-database');
    expect(classifyError({ status: 500, reason: 'boom' })).toEqual({ problem: 'server', detail: '500 boom' });
  });

  it('reads a stored state and refuses a broken one', () => {
    const s = state({ lastSyncAt: NOW, problem: 'offline', waiting: 2 });
    expect(parseSyncState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(parseSyncState({ brandId: 'a', problem: 'nope' })).toBeNull();
    expect(parseSyncState('x')).toBeNull();
  });
});
