import { detectAll } from 'tinyld/light';
import type { DetectedLanguage, Language } from '../scoring/types';

/**
 * Language of a draft, restricted to the three we have rules for.
 *
 * tinyld (light build, 69 KB) was chosen over franc because it is trained for short texts
 * and can be restricted with `only`; URLs, @mentions, #hashtags and emoji are removed first
 * because they are language-neutral noise that skews n-gram detectors on short posts.
 */

const NOISE =
  /(?:https?:\/\/|www\.)\S+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|[@#][\p{L}\p{N}_.]+|\p{Extended_Pictographic}|\p{Regional_Indicator}|[\uFE0F\u200D]/gu;

/** Below this many letters detection is a guess; the brand's default language is used instead. */
export const MIN_LETTERS_FOR_DETECTION = 12;
/** Detection only looks at the start of long drafts: enough signal, bounded time. */
const DETECTION_WINDOW = 1_500;

export interface LanguageGuess {
  language: DetectedLanguage;
  confidence: number;
}

export function stripNoise(text: string): string {
  return text
    .slice(0, DETECTION_WINDOW * 2)
    .replace(NOISE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function detectLanguage(text: string): LanguageGuess {
  const clean = stripNoise(text).slice(0, DETECTION_WINDOW);
  const letters = clean.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS_FOR_DETECTION) return { language: 'und', confidence: 0 };
  const [best] = detectAll(clean, { only: ['en', 'de', 'nl'] });
  if (!best || (best.lang !== 'en' && best.lang !== 'de' && best.lang !== 'nl')) {
    return { language: 'und', confidence: 0 };
  }
  return { language: best.lang as Language, confidence: best.accuracy };
}
