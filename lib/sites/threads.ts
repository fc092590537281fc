import { shownAccount } from '../core';
// Threads (threads.com, formerly threads.net): one dialog holds one Lexical editor per post of a thread;
// all of them are one composer. Post is a div[role=button] found by its (localized) text.
import { byText, groupBy, hostsAdapter, hrefSegment, visibleAll } from './dom';
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
  /** Fixture: a reply dialog's editor has the aria-placeholder "Reply to <username>..." (the fixture's reply
   * button on a feed post); the real wording is unverified (no public source). */
  replyPlaceholder: /^(Reply to|Antworten an|Reageer op) /,
  /** Fixture: the nav profile link `a[href="/@<username>"]` (SITES.md Threads "Account": nav
   * `a[href^="/@"]`, unverified); scoped to the nav, since every post links its author the same way. */
  profileLink: 'nav a[href^="/@"], [role="navigation"] a[href^="/@"]',
  /** The username in that link's path. */
  profilePath: /^\/@([A-Za-z0-9._]{1,30})\/?$/,
  /** Fixture: the toast `[role=status]` "Posted" with its View link `a[href="/@<username>/post/<id>"]`
   * (SITES.md Threads: toast "Posted" / "View" [recon]). */
  toast: '[role="status"] a[href*="/post/"]',
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
  ...hostsAdapter(HOSTS),
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
  account: (doc) =>
    shownAccount(hrefSegment(doc.querySelector(SELECTORS.profileLink), SELECTORS.profilePath)),
  // No known send shortcut (SITES.md "Open questions"): Post is clicked.
  isSubmitKey: () => false,
  confirmation: { toast: SELECTORS.toast },
};
