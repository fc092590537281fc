import { storage } from 'wxt/utils/storage';
import type { Platform } from '../core';

/**
 * The content script's read-only view of one setting: is Steady on for this site? It reads the
 * stored settings without validating them, because full validation compiles brand rules and
 * would pull the whole scorer into every social page (the content script must stay under
 * 30 KB gzipped). Anything malformed reads as "on"; the options page and the background
 * validate and repair the stored value.
 */
export const SETTINGS_STORAGE_KEY = 'local:settings';

export function isSiteEnabled(stored: unknown, site: Platform): boolean {
  if (typeof stored !== 'object' || stored === null) return true;
  const sites = (stored as { sites?: unknown }).sites;
  if (typeof sites !== 'object' || sites === null) return true;
  return (sites as Record<string, unknown>)[site] !== false;
}

/** Calls `onChange` now and whenever the stored settings change; returns the unwatch function. */
export async function watchSiteEnabled(
  site: Platform,
  onChange: (enabled: boolean) => void,
): Promise<() => void> {
  const unwatch = storage.watch<unknown>(SETTINGS_STORAGE_KEY, (value) =>
    onChange(isSiteEnabled(value, site)),
  );
  onChange(isSiteEnabled(await storage.getItem<unknown>(SETTINGS_STORAGE_KEY), site));
  return unwatch;
}
