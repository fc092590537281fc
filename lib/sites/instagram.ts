// Instagram (web): the caption of the "Create new post" dialog, which exists only on the dialog's last step.
// Which editor library it uses is not confirmed (probably Lexical); the reader is library-agnostic, and older
// builds used a <textarea>.
import { byText, groupBy, visibleAll } from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: www.instagram.com caption `div[contenteditable][role=textbox][aria-label="Write a caption..."]`
   * (Lexical, tests/e2e/fixtures/sites/instagram.ts); SITES.md Instagram: also spelled with "…", and older
   * builds used `textarea[aria-label="Write a caption..."]` [ext]. */
  caption:
    'div[contenteditable="true"][aria-label^="Write a caption"], textarea[aria-label^="Write a caption"]',
  /** Fixture: the create flow's `[role=dialog]` (select → crop → edit → caption). */
  dialog: '[role="dialog"]',
  /** Fixture: "Share" is a `div[role=button]` found by its text in the dialog header (SITES.md [ext]). */
  submit: 'div[role="button"], button',
  /** "Share" [ext]; "Teilen" (de) and "Delen" (nl) are unverified guesses at the localized label. */
  submitTexts: ['Share', 'Teilen', 'Delen'],
  /** A localized caption label would miss `caption`: then any editable box in a dialog that also has the
   * Share button is the caption (comment boxes live in post dialogs without one). Unverified fallback. */
  anyEditor: '[contenteditable="true"][role="textbox"], textarea',
} as const;

const HOSTS = ['www.instagram.com', 'instagram.com'];

function shareButton(dialog: Element): HTMLElement | null {
  return byText(dialog, SELECTORS.submit, SELECTORS.submitTexts);
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  matches: HOSTS.map((host) => `https://${host}/*`),
  detect: (_doc, location) => HOSTS.includes(location.hostname),
  roots: (doc) => [doc],
  findComposers(doc) {
    const composers: Composer[] = [];
    const captions = visibleAll(doc, SELECTORS.caption);
    if (captions.length === 0) {
      for (const editor of visibleAll(doc, SELECTORS.anyEditor)) {
        const dialog = editor.closest(SELECTORS.dialog);
        if (dialog && shareButton(dialog)) captions.push(editor);
      }
    }
    for (const [container, list] of groupBy(captions, (editor) => editor.closest(SELECTORS.dialog))) {
      composers.push({
        site: 'instagram',
        container,
        editors: list,
        submit: shareButton(container),
        kind: 'post',
      });
    }
    return composers;
  },
  readText: readEditorText,
};
