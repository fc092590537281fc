/**
 * The sites Steady coaches on and the languages it scores, the identity every part shares: sites,
 * storage, budget, settings and the scorer all import them from here (lib/scoring/types.ts
 * re-exports them for the scorer's public contract). Pure data: no DOM, no `browser.*`.
 */

export const PLATFORMS = [
  'x',
  'linkedin',
  'facebook',
  'instagram',
  'threads',
  'mastodon',
  'bluesky',
  'reddit',
] as const;
export type Platform = (typeof PLATFORMS)[number];

export const LANGUAGES = ['en', 'de', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isPlatform(v: unknown): v is Platform {
  return typeof v === 'string' && (PLATFORMS as readonly string[]).includes(v);
}

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** How each site names itself; proper nouns, the same in every UI language. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  reddit: 'Reddit',
};
