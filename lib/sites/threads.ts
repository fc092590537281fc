// Threads (threads.com, formerly threads.net): one dialog holds one Lexical editor per post of a thread;
// all of them are one composer. Post is a div[role=button] found by its (localized) text.
import { byText, groupBy, visibleAll } from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: www.threads.com / threads.net `div[role=textbox][contenteditable][data-lexical-editor=true]`,
   * one per thread item, aria-label "Empty text field. Type to compose a new post."
   * (tests/e2e/fixtures/sites/threads.ts); SITES.md Threads [recon]. */
  editor: 'div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
  /** Fixture: the composer `[role=dialog]` ("New thread", Cancel, "Add to thread", Post). */
  dialog: '[role="dialog"]',
  /** Fixture: Post is `div[role=button]` with the text "Post" (SITES.md [recon]; DoxyEdit userscript uses
   * `div[role="dialog"] div[role="button"]`). */
  submit: 'div[role="button"]',
  /** "Post" [recon]; "Posten" (de) and "Plaatsen" (nl) are unverified guesses. */
  submitTexts: ['Post', 'Posten', 'Plaatsen'],
  /** A reply composer's editor reads "Reply to <username>…" (unverified; no fixture, no public source). */
  replyPlaceholder: /^(Reply to|Antworten an|Reageer op) /,
} as const;

const HOSTS = ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'];

function isReply(editors: readonly HTMLElement[]): boolean {
  return editors.some((editor) =>
    SELECTORS.replyPlaceholder.test(
      editor.getAttribute('aria-placeholder') ?? editor.getAttribute('aria-label') ?? '',
    ),
  );
}

export const threads: SiteAdapter = {
  id: 'threads',
  matches: HOSTS.map((host) => `https://${host}/*`),
  detect: (_doc, location) => HOSTS.includes(location.hostname),
  roots: (doc) => [doc],
  findComposers(doc) {
    const composers: Composer[] = [];
    const editors = visibleAll(doc, SELECTORS.editor);
    for (const [container, list] of groupBy(editors, (editor) => editor.closest(SELECTORS.dialog))) {
      composers.push({
        site: 'threads',
        container,
        editors: list,
        submit: byText(container, SELECTORS.submit, SELECTORS.submitTexts),
        kind: isReply(list) ? 'reply' : 'post',
      });
    }
    return composers;
  },
  readText: readEditorText,
};
