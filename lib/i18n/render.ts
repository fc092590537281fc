import type { Explained, Language } from '../scoring/types';
import { MESSAGES } from './messages.generated';

type Catalog = Readonly<Record<string, string>>;

/**
 * Renders an i18n key in one of the three languages, in Node and in the browser alike (the
 * catalog is generated from locales/*.yml, the same files the extension UI uses). `$1`…`$9`
 * are Chrome's positional placeholders. A missing key renders as the key itself, so a gap
 * is visible instead of silent; the meta-test keeps that from shipping.
 */
export function render(lang: Language, key: string, args: readonly string[] = []): Explained {
  const catalog: Catalog = MESSAGES[lang];
  const template = catalog[key] ?? (MESSAGES.en as Catalog)[key] ?? key;
  const text = template.replace(/\$(\d)/g, (_, n: string) => args[Number(n) - 1] ?? '').trim();
  return { key, args: [...args], text };
}

export function hasMessage(lang: Language, key: string): boolean {
  return key in (MESSAGES[lang] as Catalog);
}
