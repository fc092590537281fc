/**
 * What the background does when the browser installs or updates Steady (`runtime.onInstalled`):
 * the welcome page opens once, on the first install, and never on an update, a browser update or a
 * shared-module update (issue 12: nothing opened after installing; a page on every update would
 * be noise). The browser calls this once per install, so "once" needs no stored flag.
 */
export interface InstalledDetails {
  /** `install`, `update`, `chrome_update`, `browser_update` or `shared_module_update`. */
  reason: string;
}

/** The extension page the welcome tab shows (entrypoints/welcome/). */
export const WELCOME_PATH = '/welcome.html' as const;

export function opensWelcome(details: InstalledDetails): boolean {
  return details.reason === 'install';
}

/** Opens the welcome page for a first install; `openTab` is `tabs.create` in the background. */
export async function handleInstalled(
  details: InstalledDetails,
  openTab: (path: typeof WELCOME_PATH) => Promise<unknown>,
): Promise<boolean> {
  if (!opensWelcome(details)) return false;
  await openTab(WELCOME_PATH);
  return true;
}
