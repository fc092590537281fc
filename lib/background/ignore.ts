import { brandForAccount, pageAccount } from '../core';
import type { IgnoreReply, IgnoreRequest } from '../protocol';
import { normalisePhrase } from '../scoring/types';
import { compiledRules } from '../settings/resolve';
import type { Settings } from '../settings/types';

export interface IgnoreDeps {
  settings: () => Promise<Settings>;
  /**
   * Reads the stored settings, applies the change and saves them through validation
   * (lib/storage/settings.ts `updateSettings`): never over settings it could not read.
   */
  updateSettings: (
    change: (s: Settings) => void,
  ) => Promise<{ ok: true } | { ok: false; reason: 'unreadable' | 'invalid' }>;
  now?: () => number;
}

/**
 * `ignore` (issue 10, "never for this brand"): the brand is the one whose rules scored the draft
 * (the account's owner, else the active brand, else the only one: the same choice as `draft`), so
 * the card's "never for Acme" writes exactly to Acme. Adding an ignore that exists already changes
 * nothing; `undo` removes it. Validation on save keeps the list bounded (MAX_IGNORES).
 */
export async function handleIgnore(request: IgnoreRequest, deps: IgnoreDeps): Promise<IgnoreReply> {
  const account = pageAccount(request.site, request.account);
  const owner = brandForAccount(await deps.settings(), request.site, account);
  if (!owner || !compiledRules(owner)) return { ok: false, error: 'no-brand' };
  const phrase = request.phrase === undefined ? undefined : normalisePhrase(request.phrase);
  const at = (deps.now ?? Date.now)();
  const saved = await deps.updateSettings((s) => {
    const brand = s.brands.find((b) => b.id === owner.id);
    if (!brand) return;
    const same = (i: { rule: string; phrase?: string }) => i.rule === request.rule && i.phrase === phrase;
    if (request.undo) brand.ignores = brand.ignores.filter((i) => !same(i));
    else if (!brand.ignores.some(same))
      brand.ignores.push(
        phrase === undefined ? { rule: request.rule, at } : { rule: request.rule, phrase, at },
      );
  });
  if (!saved.ok) return { ok: false, error: saved.reason };
  return { ok: true, brand: { id: owner.id, name: owner.name } };
}
