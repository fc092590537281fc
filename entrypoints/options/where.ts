import { i18n } from '#i18n';
import { tKey } from '../../components/i18n';
import { PLATFORM_NAMES, PLATFORMS } from '../../lib/core';

/** A brand as far as naming it goes: saved settings, or an imported file that failed validation. */
export type BrandName = { readonly name?: unknown };

/** The brands of a file that could not be imported, for naming where its errors are; [] when unreadable. */
export function brandNamesOf(text: string): BrandName[] {
  try {
    const parsed: unknown = JSON.parse(text);
    const brands =
      typeof parsed === 'object' && parsed !== null && 'brands' in parsed ? parsed.brands : undefined;
    return Array.isArray(brands)
      ? brands.map((b: unknown) => (typeof b === 'object' && b !== null ? b : {}))
      : [];
  } catch {
    return [];
  }
}

/**
 * Where an error is, in words: "Bean & Leaf › Banned phrase 2". Paths are stable and precise
 * (`brands[0].rules.banned[1].pattern`), but people think in brands and sections.
 */
export function describePath(path: string, brands: readonly BrandName[]): string {
  const parts: string[] = [];
  const brand = /^brands\[(\d+)\]\.?(.*)$/.exec(path);
  let rest = path;
  if (brand) {
    const name = brands[Number(brand[1])]?.name;
    parts.push(
      (typeof name === 'string' && name.trim()) ||
        i18n.t('options.where.brand', [String(Number(brand[1]) + 1)]),
    );
    rest = brand[2] ?? '';
  }
  const item = (re: RegExp, key: string) => {
    const m = re.exec(rest);
    if (m) parts.push(tKey(key, [String(Number(m[1]) + 1)], key));
    return Boolean(m);
  };
  if (
    item(/^accounts\[(\d+)\]/, 'options.where.account') ||
    item(/^rules\.banned\[(\d+)\]/, 'options.where.banned') ||
    item(/^rules\.preferred\[(\d+)\]/, 'options.where.preferred') ||
    item(/^mastodonInstances\[(\d+)\]/, 'options.where.instance')
  ) {
    // An item of a list: its number says enough.
  } else if (rest.startsWith('defaultBudgets.')) {
    const site = PLATFORMS.find((p) => rest.startsWith(`defaultBudgets.${p}`));
    parts.push(`${i18n.t('options.default_budgets.heading')}${site ? ` (${PLATFORM_NAMES[site]})` : ''}`);
  } else if (rest.startsWith('budgets.')) {
    const site = PLATFORMS.find((p) => rest.startsWith(`budgets.${p}`));
    parts.push(`${i18n.t('options.budgets.legend')}${site ? ` (${PLATFORM_NAMES[site]})` : ''}`);
  } else if (rest.startsWith('rules.limits') || rest.startsWith('rules.platformLimits'))
    parts.push(i18n.t('options.limits.legend'));
  else if (rest.startsWith('rules.thresholds')) parts.push(i18n.t('options.thresholds.legend'));
  else if (rest.startsWith('rules.values')) parts.push(i18n.t('options.values.legend'));
  else if (rest.startsWith('name')) parts.push(i18n.t('options.brand.name'));
  else if (rest.startsWith('languages') || rest.startsWith('defaultLanguage'))
    parts.push(i18n.t('options.brand.languages'));
  return parts.join(' › ');
}
