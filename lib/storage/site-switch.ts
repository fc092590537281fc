import type { Platform } from '../core';
import { settingsItem } from './settings-item';

/**
 * The content script's read-only view of one setting: is Steady on for this site? It reads
 * through the one settings item (./settings-item.ts: same key, version and migrations as every
 * other reader) but does not validate: full validation compiles brand rules and would pull the
 * whole scorer into every social page (the content script must stay under 30 KB gzipped).
 * Anything malformed or unreadable reads as "on"; the options page and the background validate
 * the stored value and keep a backup of what they cannot read (lib/storage/settings.ts).
 */
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
  const unwatch = settingsItem.watch((value: unknown) => onChange(isSiteEnabled(value, site)));
  // A storage that cannot be read leaves Steady on, as a corrupt value does.
  const current: unknown = await settingsItem.getValue().catch(() => null);
  onChange(isSiteEnabled(current, site));
  return unwatch;
}
