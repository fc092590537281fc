// The site adapters, registered explicitly (one file per site, named by its Platform id). The content script
// takes its `matches` from CONTENT_MATCHES and picks the page's adapter with adapterFor().
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { reddit } from './reddit';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { x } from './x';

export { rangesFor, readEditorText } from './read-text';
export type { Composer, EditorText, SiteAdapter } from './types';

/** Hostname-matched sites first; Mastodon last, since it is recognised by its DOM on any host. */
export const ADAPTERS: readonly SiteAdapter[] = [
  x,
  linkedin,
  facebook,
  instagram,
  threads,
  bluesky,
  reddit,
  mastodon,
];

/** The union of every adapter's match patterns, for the content script's `matches` (Mastodon adds none). */
export const CONTENT_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((adapter) => adapter.matches))];

/** The adapter for this page, if any. */
export function adapterFor(doc: Document, location: Location): SiteAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.detect(doc, location));
}
