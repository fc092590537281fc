import { storage } from 'wxt/utils/storage';
import { isPlatform, type Platform } from '../core';

/**
 * Which account each tab is composing for, so the background can update the toolbar badge of
 * every tab of an account that just posted. Kept in `storage.session`: it survives the service
 * worker being stopped (an MV3 worker can be killed at any time), is gone with the browser
 * session like the tabs themselves, and is rebuilt by the next `budget-status` of each tab. One key
 * per tab, so tabs reporting at the same moment never overwrite each other's entries.
 */
export interface TabAccount {
  tabId: number;
  site: Platform;
  account: string;
}

export interface TabAccounts {
  remember(entry: TabAccount): Promise<void>;
  forget(tabId: number): Promise<void>;
  all(): Promise<TabAccount[]>;
}

const PREFIX = 'budget-tab:';

function readEntry(key: string, value: unknown): TabAccount | null {
  if (!key.startsWith(PREFIX)) return null;
  const tabId = Number(key.slice(PREFIX.length));
  if (!Number.isInteger(tabId) || tabId < 0) return null;
  if (typeof value !== 'object' || value === null) return null;
  const { site, account } = value as { site?: unknown; account?: unknown };
  if (!isPlatform(site) || typeof account !== 'string') return null;
  return { tabId, site, account };
}

export const sessionTabAccounts: TabAccounts = {
  async remember({ tabId, site, account }) {
    await storage.setItem(`session:${PREFIX}${tabId}`, { site, account });
  },
  async forget(tabId) {
    await storage.removeItem(`session:${PREFIX}${tabId}`);
  },
  async all() {
    const snapshot = await storage.snapshot('session');
    const out: TabAccount[] = [];
    for (const [key, value] of Object.entries(snapshot)) {
      const entry = readEntry(key, value);
      if (entry) out.push(entry);
    }
    return out;
  },
};

/** For browsers without `storage.session`: the same, in the worker's memory (lost on restart). */
export function memoryTabAccounts(): TabAccounts {
  const map = new Map<number, TabAccount>();
  return {
    async remember(entry) {
      map.set(entry.tabId, entry);
    },
    async forget(tabId) {
      map.delete(tabId);
    },
    async all() {
      return [...map.values()];
    },
  };
}
