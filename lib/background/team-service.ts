import type { Settings } from '../settings/types';
import { teamBrands } from '../team/config';
import { withSharedBrand } from '../team/docs';
import type { BrandSyncState } from '../team/state';
import type { TeamCredential, TeamSync } from './team';
import type { TeamService } from './team-handlers';

/**
 * TeamService (./team-handlers.ts) over a TeamSync and the few storage functions it needs, so the wiring in
 * entrypoints/background.ts stays thin and this stays testable in Node.
 */
export interface TeamServiceDeps {
  sync: TeamSync;
  settings: () => Promise<Settings>;
  saveCredential: (brandId: string, credential: TeamCredential) => Promise<void>;
  loadStates: () => Promise<BrandSyncState[]>;
}

export function teamService({ sync, settings, saveCredential, loadStates }: TeamServiceDeps): TeamService {
  return {
    async freshen(site, account) {
      if (!(await sync.syncs(site, account))) return false;
      await sync.freshen(site, account);
      return true;
    },
    syncs: (site, account) => sync.syncs(site, account),
    recorded: (event) => sync.recorded(event),
    async syncNow(brandId) {
      if (brandId === undefined) await sync.syncAll();
      else await sync.sync(brandId);
    },
    async signIn(brandId, username, password) {
      const brand = teamBrands(await settings()).find((b) => b.id === brandId);
      if (!brand) throw new Error(`brand ${brandId} does not sync`);
      await saveCredential(brandId, { username, password });
      await sync.sync(brandId);
    },
    states: loadStates,
    versions: (brandId) => sync.versions(brandId),
    async resolve(brandId, rev) {
      return (await sync.resolve(brandId, { rev })) !== null;
    },
  };
}

/** The settings with one brand's shared part replaced by the team's (validated by the caller's save). */
export function settingsWithTeamBrand(
  settings: Settings,
  brandId: string,
  shared: Record<string, unknown>,
): unknown | null {
  const local = settings.brands.find((b) => b.id === brandId);
  if (!local) return null;
  return {
    ...settings,
    brands: settings.brands.map((b) => (b.id === brandId ? withSharedBrand(b, shared) : b)),
  };
}
