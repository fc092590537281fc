import { type CompiledBrand, loadBrandRules } from '../brand/compile';
import type { Brand } from './types';

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
