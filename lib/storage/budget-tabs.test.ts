import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
let mod: typeof import('./budget-tabs');
beforeAll(async () => {
  mod = await import('./budget-tabs');
});
beforeEach(() => fakeBrowser.reset());

describe('tab accounts', () => {
  for (const [name, make] of [
    ['storage.session', () => mod.sessionTabAccounts],
    ['memory', () => mod.memoryTabAccounts()],
  ] as const) {
    it(`remembers, lists and forgets tabs (${name})`, async () => {
      const tabs = make();
      await Promise.all([
        tabs.remember({ tabId: 1, site: 'x', account: 'acme' }),
        tabs.remember({ tabId: 2, site: 'linkedin', account: 'company:42' }),
        tabs.remember({ tabId: 3, site: 'x', account: 'acme' }),
      ]);
      await tabs.remember({ tabId: 2, site: 'threads', account: 'acme' });
      await tabs.forget(3);
      const all = await tabs.all();
      expect(all.sort((a, b) => a.tabId - b.tabId)).toEqual([
        { tabId: 1, site: 'x', account: 'acme' },
        { tabId: 2, site: 'threads', account: 'acme' },
      ]);
    });
  }

  it('keeps the map in storage.session, where a restarted worker finds it, and skips what is not its own', async () => {
    await mod.sessionTabAccounts.remember({ tabId: 7, site: 'x', account: 'acme' });
    expect(await fakeBrowser.storage.session.get('budget-tab:7')).toEqual({
      'budget-tab:7': { site: 'x', account: 'acme' },
    });
    await fakeBrowser.storage.session.set({
      'budget-tab:8': { site: 'myspace', account: 'x' },
      'budget-tab:nine': { site: 'x', account: 'y' },
      other: { site: 'x', account: 'z' },
    });
    expect(await mod.sessionTabAccounts.all()).toEqual([{ tabId: 7, site: 'x', account: 'acme' }]);
  });
});
