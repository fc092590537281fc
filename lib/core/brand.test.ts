import { describe, expect, it } from 'vitest';
import { brandForAccount, brandOfAccount } from './brand';
import type { Platform } from './platform';

interface TestBrand {
  id: string;
  accounts: Array<{ platform: Platform; handle: string }>;
}

const bean: TestBrand = {
  id: 'bean',
  accounts: [
    { platform: 'x', handle: '@Bean_Leaf' },
    { platform: 'reddit', handle: 'u/BeanLeaf' },
    { platform: 'linkedin', handle: 'Bean  and Leaf' },
  ],
};
const tide: TestBrand = { id: 'tide', accounts: [{ platform: 'x', handle: 'tide_co' }] };

const settings = (brands: TestBrand[], activeBrandId: string | null = null) => ({ brands, activeBrandId });

describe('brandOfAccount: the owner only', () => {
  it.each([
    ['x', 'bean_leaf'],
    ['x', '@BEAN_LEAF'],
    ['x', ' @bean_leaf '],
    ['reddit', 'beanleaf'],
    ['reddit', '/u/beanleaf'],
    ['linkedin', 'bean and leaf'],
  ] as Array<[Platform, string]>)('%s %j belongs to bean', (site, account) => {
    expect(brandOfAccount(settings([tide, bean]), site, account)?.id).toBe('bean');
  });

  it('knows no owner for another site, an unknown or an empty account', () => {
    const s = settings([bean, tide], 'tide');
    expect(brandOfAccount(s, 'threads', 'bean_leaf')).toBeUndefined();
    expect(brandOfAccount(s, 'x', 'someone_else')).toBeUndefined();
    expect(brandOfAccount(s, 'x', '')).toBeUndefined();
    expect(brandOfAccount(s, 'x', '@')).toBeUndefined();
  });
});

describe('brandForAccount: owner, else active, else the only brand', () => {
  it("takes the account's owner over the active brand", () => {
    expect(brandForAccount(settings([bean, tide], 'bean'), 'x', '@Tide_Co')?.id).toBe('tide');
    expect(brandForAccount(settings([bean, tide], 'tide'), 'x', 'bean_leaf')?.id).toBe('bean');
  });

  it('falls back to the active brand for an unknown, empty or missing account', () => {
    const s = settings([bean, tide], 'tide');
    expect(brandForAccount(s, 'x', 'someone_else')?.id).toBe('tide');
    expect(brandForAccount(s, 'x', '')?.id).toBe('tide');
    expect(brandForAccount(s, 'x')?.id).toBe('tide');
    expect(brandForAccount(s)?.id).toBe('tide');
  });

  it('falls back to the only brand when none is active', () => {
    expect(brandForAccount(settings([tide]), 'x', 'someone_else')?.id).toBe('tide');
    expect(brandForAccount(settings([tide], 'gone'), 'x')?.id).toBe('tide');
  });

  it('has no brand with several brands and none active, or with none at all', () => {
    expect(brandForAccount(settings([bean, tide]), 'x', 'someone_else')).toBeUndefined();
    expect(brandForAccount(settings([bean, tide], 'gone'))).toBeUndefined();
    expect(brandForAccount(settings([]), 'x', 'bean_leaf')).toBeUndefined();
  });
});
