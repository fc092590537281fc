// The package's ES build exports one default object (no named exports), its CommonJS build the same.
import twitterText from 'twitter-text';
import type { Platform } from '../core';
import {
  type CharCount,
  type CountField,
  type CountState,
  type CountUnit,
  type ExtraLimit,
  stateOf,
  worstState,
} from './types';

/**
 * Counts a draft the way its site does (issue 10, item 5). Runs in the background and in the CLI:
 * twitter-text (about 170 KB) must never reach the content script, which reads a `CharCount` from
 * the `draft` reply instead (lib/count/types.ts has the type and guard without this file).
 *
 * Per site, with where each rule comes from:
 * - X: twitter-text's `parseTweet` (X's own library, config v3): 280 weighted; most CJK characters and
 *   every emoji weigh 2, Latin, Greek, Cyrillic, Hebrew and Arabic 1; each URL, with or without a
 *   scheme, 23; the text is NFC-normalised first (so a combining accent adds nothing).
 * - Bluesky: 300 grapheme clusters (the `app.bsky.feed.post` lexicon's `maxGraphemes`). Bluesky's app
 *   may shorten a long link before posting; Steady counts the link as typed (never less than posted).
 * - Mastodon: 500 grapheme clusters with every http(s) URL as 23 and a remote mention `@user@domain`
 *   as `@user` (mastodon's StatusLengthValidator: URLs only with a scheme, as FetchLinkCardService
 *   finds them). An instance may set another limit: `options.limit` takes it when known.
 * - Threads 500, LinkedIn 3,000, Instagram 2,200 (and at most 30 hashtags), Facebook 63,206: the sites
 *   publish the figure but not how they count, so Steady counts UTF-16 code units as a browser's
 *   `maxlength` does (an emoji counts 2): never less than the site, at worst a little early.
 * - Reddit: a post's title 300 (`field: 'title'`). The site adapter reads only the body (the title is
 *   a <textarea> in a shadow root it never enters, lib/sites/reddit.ts), so the coach counts the body:
 *   a text post's body 40,000, a comment 10,000 (Reddit's limits), in UTF-16 code units as above.
 */

export interface CountOptions {
  /** A reply: Reddit comments have their own limit. Default `post`. */
  kind?: 'post' | 'reply';
  /** Default `body`; `title` is Reddit's post title (other sites have none and count the body). */
  field?: CountField;
  /** A site-specific limit known to differ from the default (a Mastodon instance's own maximum). */
  limit?: number;
}

interface SiteRule {
  unit: CountUnit;
  limit: number;
}

/** The default limits; Reddit's body depends on the kind (see `ruleFor`). */
export const CHAR_LIMITS: Readonly<Record<Platform, number>> = {
  x: 280,
  bluesky: 300,
  mastodon: 500,
  threads: 500,
  linkedin: 3_000,
  instagram: 2_200,
  facebook: 63_206,
  reddit: 40_000,
};

export const REDDIT_TITLE_LIMIT = 300;
export const REDDIT_COMMENT_LIMIT = 10_000;
export const INSTAGRAM_HASHTAG_LIMIT = 30;
/** Mastodon counts every URL as this many characters, whatever its length (StatusLengthValidator). */
export const MASTODON_URL_LENGTH = 23;

function ruleFor(platform: Platform, options: CountOptions): SiteRule {
  const unit: CountUnit =
    platform === 'x' ? 'weighted' : platform === 'bluesky' || platform === 'mastodon' ? 'graphemes' : 'utf16';
  let limit = CHAR_LIMITS[platform];
  if (platform === 'reddit')
    limit =
      options.field === 'title'
        ? REDDIT_TITLE_LIMIT
        : options.kind === 'reply'
          ? REDDIT_COMMENT_LIMIT
          : CHAR_LIMITS.reddit;
  if (options.limit !== undefined && Number.isInteger(options.limit) && options.limit > 0)
    limit = options.limit;
  return { unit, limit };
}

const segmenter =
  typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;

/** User-perceived characters (extended grapheme clusters); code points where Intl.Segmenter is missing. */
export function graphemes(text: string): number {
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n++;
  return n;
}

// mastodon Account::MENTION_RE: `@user@domain` counts as `@user`. The lookbehind keeps e-mail
// addresses (a word character before the @) whole, as Mastodon does.
const MASTODON_MENTION =
  /(?<![=/\p{L}\p{N}_])@([a-z0-9_]+(?:[a-z0-9_.-]+[a-z0-9_]+)?)(?:@[\p{L}\p{N}_.-]+[\p{L}\p{N}_]+)?/giu;

/** The text Mastodon measures: each http(s) URL as 23 characters, remote mentions without their domain. */
export function mastodonCountable(text: string): string {
  // twitter-text's URL finder with the scheme required, as Mastodon's own URL_PATTERN is built on it.
  const urls = twitterText.extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false });
  let out = '';
  let at = 0;
  for (const { indices } of urls) {
    const [start, end] = indices;
    out += text.slice(at, start) + 'x'.repeat(MASTODON_URL_LENGTH);
    at = end;
  }
  out += text.slice(at);
  return out.replace(MASTODON_MENTION, '@$1');
}

// The scorer's hashtag (lib/nlp/tokenize.ts): `#` and word characters with at least one letter, not
// inside a word or an HTML entity (`&#39;`).
const HASHTAG = /(?<![\p{L}\p{N}_&#])#[\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*/gu;

export function hashtagCount(text: string): number {
  return text.match(HASHTAG)?.length ?? 0;
}

function measure(text: string, platform: Platform, unit: CountUnit): number {
  switch (unit) {
    case 'weighted':
      return text === '' ? 0 : twitterText.parseTweet(text).weightedLength;
    case 'graphemes':
      return graphemes(platform === 'mastodon' ? mastodonCountable(text) : text);
    case 'utf16':
      return text.length;
  }
}

/** One item's count. */
export function countChars(text: string, platform: Platform, options: CountOptions = {}): CharCount {
  const { unit, limit } = ruleFor(platform, options);
  const used = measure(text, platform, unit);
  const extra: ExtraLimit[] = [];
  if (platform === 'instagram') {
    const tags = hashtagCount(text);
    extra.push({
      kind: 'hashtags',
      used: tags,
      limit: INSTAGRAM_HASHTAG_LIMIT,
      state: stateOf(tags, INSTAGRAM_HASHTAG_LIMIT),
    });
  }
  return {
    platform,
    field: options.field === 'title' && platform === 'reddit' ? 'title' : 'body',
    unit,
    used,
    limit,
    state: stateOf(used, limit),
    extra,
  };
}

const RANK: Record<CountState, number> = { ok: 0, near: 1, over: 2 };

/**
 * A thread's count: every item has its own limit, so the item nearest to (or furthest over) it is
 * the one to show, with which item it is. One item (or none) is a plain `countChars`.
 */
export function countThread(
  parts: readonly string[],
  platform: Platform,
  options: CountOptions = {},
): CharCount {
  if (parts.length <= 1) return countChars(parts[0] ?? '', platform, options);
  let worst: CharCount | null = null;
  let index = 0;
  parts.forEach((p, i) => {
    const c = countChars(p, platform, options);
    const better =
      worst === null ||
      RANK[worstState(c)] > RANK[worstState(worst)] ||
      (RANK[worstState(c)] === RANK[worstState(worst)] && c.used / c.limit > worst.used / worst.limit);
    if (better) {
      worst = c;
      index = i;
    }
  });
  const chosen = worst ?? countChars('', platform, options);
  return { ...chosen, part: { index, of: parts.length } };
}
