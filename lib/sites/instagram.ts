import { shownAccount } from '../core';
// Instagram (web): the caption of the "Create new post" dialog, which exists only on the dialog's last step.
// Which editor library it uses is not confirmed (probably Lexical); the reader is library-agnostic, and older
// builds used a <textarea>.
import { byText, groupBy, hostsAdapter, hrefSegment, visibleAll } from './dom';
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
  /** Fixture: the nav profile link `a[href="/<username>/"]` with `img[alt="<username>'s profile picture"]`
   * (SITES.md Instagram "Account": nav profile link or avatar, unverified); scoped to the nav, since feed
   * posts show other people's avatars with the same alt pattern. */
  profileAvatar:
    'nav a[href] img[alt$="profile picture"], [role="navigation"] a[href] img[alt$="profile picture"]',
  /** The link around that avatar. */
  profileLink: 'a[href]',
  /** The username in the profile link's path. */
  profilePath: /^\/([A-Za-z0-9._]{1,30})\/?$/,
  /** The username in the avatar's alt text, when the link's path is something else. */
  profileAlt: /^(.+?)['’]s profile picture$/,
} as const;

const HOSTS = ['www.instagram.com', 'instagram.com'];

function shareButton(dialog: Element): HTMLElement | null {
  return byText(dialog, SELECTORS.submit, SELECTORS.submitTexts);
}

export const instagram: SiteAdapter = {
  id: 'instagram',
  ...hostsAdapter(HOSTS),
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
  account(doc) {
    const avatar = doc.querySelector(SELECTORS.profileAvatar);
    if (!avatar) return '';
    const fromLink = hrefSegment(avatar.closest(SELECTORS.profileLink), SELECTORS.profilePath);
    return shownAccount(fromLink || (SELECTORS.profileAlt.exec(avatar.getAttribute('alt') ?? '')?.[1] ?? ''));
  },
  // No known send shortcut (SITES.md "Open questions"): Share is clicked.
  isSubmitKey: () => false,
  // The create dialog detaches after Share; no toast selector is known.
  confirmation: {},
};
