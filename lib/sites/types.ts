import type { Platform } from '../core';

/**
 * One adapter per site (lib/sites/<site>.ts): every selector and hostname of that site lives
 * in its file, in one `const` table at the top. Adapters only read the page: they never
 * insert, remove or change a node inside the editor or its containers.
 */

/** What the content script needs to know about one open composer. */
export interface Composer {
  site: Platform;
  /**
   * The element whose identity keys this composer's state (dialog, form or column; LinkedIn's
   * share dialog inside the shadow root). Stable while the composer is open; React remounts
   * may replace it, so state is kept in a WeakMap and re-found, never cached across scans.
   */
  container: Element;
  /** The editors of this composer in DOM order: one, or several for a thread (X, Threads, Bluesky). */
  editors: HTMLElement[];
  /** The site's own post/publish button for this composer, when found. */
  submit: HTMLElement | null;
  /** A new post, or a reply/comment (replies never consume the budget). */
  kind: 'post' | 'reply';
  /**
   * Editing a post that is already published (Mastodon's EditIndicator, "Update"): coached like any
   * draft, never counted as a post. Absent when the site has no edit mode or it is not active.
   */
  editing?: true;
}

/**
 * How a site confirms a post besides the composer's editors going away or emptying (which every site
 * does). Only a signal that appears AFTER the submit intent confirms: a toast already on screen or a
 * URL the page already had does not.
 */
export interface Confirmation {
  /** A success toast: X `[data-testid=toast]` with its /status/ link, Threads' "Posted" with View. */
  toast?: string;
  /** The path a successful post moves the page to (Reddit `/r/<sub>/comments/<id>/…`). */
  path?: RegExp;
}

/** The draft as text plus where each piece of text lives in the DOM (for highlights). */
export interface EditorText {
  text: string;
  /**
   * Text-node pieces in order: `text.slice(start, start + length)` comes from
   * `node.data.slice(nodeOffset, nodeOffset + length)`. A node can give several pieces (zero-width
   * characters are skipped); line breaks from `<br>` and block boundaries have none. Empty for a <textarea>.
   */
  segments: Array<{ node: Text; start: number; nodeOffset: number; length: number }>;
}

export interface SiteAdapter {
  id: Platform;
  /** Match patterns for the manifest (content_scripts.matches). Empty for Mastodon (granted per instance). */
  matches: readonly string[];
  /** Whether this page is this site (Mastodon: `#mastodon[data-props]` plus `script#initial-state`). */
  detect(doc: Document, location: Location): boolean;
  /** Roots whose mutations matter: the document plus open shadow roots the site renders composers in. */
  roots(doc: Document): Array<Document | ShadowRoot>;
  /** The visible composers on the page right now (decoys and hidden ones excluded). */
  findComposers(doc: Document): Composer[];
  /** The draft text of one editor, equal to the editor's own model text. */
  readText(editor: HTMLElement): EditorText;
  /**
   * The account that would publish from `composer`, read from the page when asked (people switch
   * accounts inside the page, so ask at submit intent): as the page shows it (`shownAccount` of
   * lib/core: trimmed, case kept; the background keys it with `pageAccount` and keeps this form as
   * the display name); `''` when the page does not show it. Reads only the one field it needs, never a token
   * (Mastodon's `meta.access_token`, Bluesky's JWTs) and never keeps what it parsed.
   */
  account(doc: Document, composer: Composer): string;
  /**
   * Whether this keydown in one of `composer`'s editors is the site's own send shortcut
   * (Ctrl/Cmd+Enter on X, Mastodon and Bluesky; Enter in a Facebook comment box). Clicks and
   * Enter/Space on the submit button are intents on every site and need no adapter code.
   */
  isSubmitKey(e: KeyboardEvent, composer: Composer): boolean;
  /** The site's own success signals (toast, URL), from its selector table. */
  confirmation: Confirmation;
}
