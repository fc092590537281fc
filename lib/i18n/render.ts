import type { Explained, Language } from '../scoring/types';
import { MESSAGES } from './messages.generated';

type Catalog = Readonly<Record<string, string>>;

/**
 * Renders an i18n key in one of the three languages, in Node and in the browser alike (the
 * catalog is generated from locales/*.yml, the same files the extension UI uses). `$1`…`$9`
 * are Chrome's positional placeholders. A missing key renders as the key itself, so a gap
 * is visible instead of silent; the meta-test keeps that from shipping.
 */
/**
 * German and Dutch texts that address someone exist in two registers: the key itself is formal
 * ("Sie", "u") and `<key>_informal` the informal variant ("du", "je"), present only where the
 * two differ (most Dutch imperatives do not). English has one form of address and no variants.
 */
export const INFORMAL_SUFFIX = '_informal';

export function render(
  lang: Language,
  key: string,
  args: readonly string[] = [],
  form: 'formal' | 'informal' = 'formal',
): Explained {
  const catalog: Catalog = MESSAGES[lang];
  const informal = `${key}${INFORMAL_SUFFIX}`;
  const used = form === 'informal' && informal in catalog ? informal : key;
  const template = catalog[used] ?? (MESSAGES.en as Catalog)[used] ?? used;
  const text = template.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '').trim();
  return { key: used, args: [...args], text };
}

export function hasMessage(lang: Language, key: string): boolean {
  return key in (MESSAGES[lang] as Catalog);
}
