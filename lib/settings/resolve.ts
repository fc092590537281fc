import { type CompiledBrand, loadBrandRules } from '../brand/compile';
import type { Platform } from '../scoring/types';
import type { Brand, Settings } from './types';

/**
 * The brand whose rules apply to a draft: the brand that owns the posting account when it is
 * known, otherwise the active brand, otherwise the only brand, otherwise none (built-in rules).
 */
export function brandFor(settings: Settings, platform?: Platform, account?: string): Brand | undefined {
  if (platform && account) {
    const norm = account.trim().toLowerCase().replace(/^@/, '');
    const owner = settings.brands.find((b) =>
      b.accounts.some(
        (a) => a.platform === platform && a.handle.trim().toLowerCase().replace(/^@/, '') === norm,
      ),
    );
    if (owner) return owner;
  }
  const active = settings.brands.find((b) => b.id === settings.activeBrandId);
  if (active) return active;
  return settings.brands.length === 1 ? settings.brands[0] : undefined;
}

const cache = new WeakMap<Brand, CompiledBrand | null>();

/** Compiled rules of a brand, cached per brand object; invalid stored rules compile to nothing. */
export function compiledRules(brand: Brand | undefined): CompiledBrand | undefined {
  if (!brand) return undefined;
  let compiled = cache.get(brand);
  if (compiled === undefined) {
    const result = loadBrandRules(brand.rules);
    compiled = result.ok ? { ...result.value, defaultLanguage: brand.defaultLanguage } : null;
    cache.set(brand, compiled);
  }
  return compiled ?? undefined;
}
