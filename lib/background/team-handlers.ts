import type { PostEvent } from '../budget/types';
import { brandOfAccount, type Platform } from '../core';
import type { Handlers, RecentPost, TeamStatusReply, TeamVersionsReply } from '../protocol';
import { teamBrands } from '../team/config';
import type { BrandSyncState } from '../team/state';
import type { BudgetDeps } from './budget';
import type { BrandVersion } from './team';

/**
 * The background's team-sync requests (issue 13), over a `TeamService` the background builds from TeamSync
 * (./team.ts) and the browser (entrypoints/background.ts). Without it (no wiring, Node tests of other
 * handlers) every team request answers `{ ok: false }`.
 */
export interface TeamService {
  /** Pulls when the account's brand syncs and its last pull is stale; true when it syncs. */
  freshen(site: Platform, account: string): Promise<boolean>;
  syncs(site: Platform, account: string): Promise<boolean>;
  recorded(event: PostEvent): Promise<void>;
  /** A round for one brand or all synced brands. */
  syncNow(brandId?: string): Promise<void>;
  /** Stores the credentials (storage.local only) and runs a round. */
  signIn(brandId: string, username: string, password: string): Promise<void>;
  states(): Promise<BrandSyncState[]>;
  versions(brandId: string): Promise<BrandVersion[]>;
  resolve(brandId: string, rev: string): Promise<boolean>;
}

/** How many of the synced brands' latest posts the popup lists. */
export const RECENT_POSTS = 10;

async function status(deps: BudgetDeps, team: TeamService): Promise<TeamStatusReply> {
  const [settings, log, states] = await Promise.all([deps.settings(), deps.store.read(), team.states()]);
  const synced = new Set(teamBrands(settings).map((b) => b.id));
  const recent: RecentPost[] = [];
  // Newest first; the log is ordered by time.
  for (let i = log.events.length - 1; i >= 0 && recent.length < RECENT_POSTS; i--) {
    const e = log.events[i];
    if (!e) continue;
    const brand = brandOfAccount(settings, e.site, e.account);
    if (!brand || !synced.has(brand.id)) continue;
    const post: RecentPost = { at: e.at, site: e.site, account: e.account, kind: e.kind };
    if (e.member !== undefined) post.member = e.member;
    recent.push(post);
  }
  return { ok: true, states: states.filter((s) => synced.has(s.brandId)), recent };
}

function guarded<T extends { ok: boolean }>(run: () => Promise<T>): Promise<T | { ok: false }> {
  return run().catch(() => ({ ok: false as const }));
}

export function teamHandlers(
  deps: BudgetDeps,
): Pick<Handlers, 'team-status' | 'team-sync-now' | 'team-sign-in' | 'team-versions' | 'team-resolve'> {
  const no = async () => ({ ok: false as const });
  const team = deps.team;
  if (!team)
    return {
      'team-status': no,
      'team-sync-now': no,
      'team-sign-in': no,
      'team-versions': no,
      'team-resolve': no,
    };
  return {
    'team-status': () => guarded(() => status(deps, team)),
    'team-sync-now': (request) =>
      guarded(async () => {
        await team.syncNow(request.brandId);
        return status(deps, team);
      }),
    'team-sign-in': (request) =>
      guarded(async () => {
        await team.signIn(request.brandId, request.username.trim(), request.password);
        return status(deps, team);
      }),
    'team-versions': (request) =>
      guarded(
        async (): Promise<TeamVersionsReply> => ({
          ok: true,
          versions: (await team.versions(request.brandId)).map((v) => ({ ...v, brand: { ...v.brand } })),
        }),
      ),
    'team-resolve': (request) =>
      guarded(async () => {
        if (!(await team.resolve(request.brandId, request.rev))) return { ok: false as const };
        return status(deps, team);
      }),
  };
}
