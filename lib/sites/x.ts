import { shownAccount } from '../core';
// X (x.com, formerly twitter.com): Draft.js editors `tweetTextarea_0..N` (one per thread item) in the inline
// box of the primary column or in the compose modal in #layers. Accepts Lexical or a <textarea> under the
// same testid, since X may migrate (its Grok page already uses Lexical) and mobile web uses a textarea.
import {
  ancestorWhere,
  editableIn,
  groupBy,
  hostsAdapter,
  hrefSegment,
  inDocumentOrder,
  isCommandEnter,
  isVisible,
  labelText,
  nearest,
  visibleAll,
} from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: x.com (tests/e2e/fixtures/sites/x.tsx, draft-js 0.11.7 `webDriverTestID`); real X: the
   * Minimal Twitter / CPFT selector tables (shared/SITES.md X [ext][recon]). */
  editorTestId: '[data-testid^="tweetTextarea_"]',
  /** Only `tweetTextarea_<N>`: wrappers such as `tweetTextarea_0RichTextInputContainer` or `_label` also
   * start with the prefix (shared/SITES.md X "Selectors", unverified). */
  editorTestIdExact: /^tweetTextarea_\d+$/,
  /** When the testid sits on a wrapper: mobile web's textarea (CPFT `main div[data-testid^="tweetTextarea"]
   * textarea`) or a Lexical root (Grok page userscript). No fixture: X's fixture puts it on the Draft root. */
  innerEditor: 'textarea, [contenteditable="true"]',
  /** Fixture: x.com compose modal `#layers > div > [role=dialog][aria-modal=true]` (SideNav_NewTweet_Button,
   * /compose/post); SITES.md: containers `#layers`, `[aria-modal="true"]`, `[role=dialog]`. */
  modal: '#layers [role="dialog"], #layers [aria-modal="true"]',
  /** Fixture: x.com inline box inside `[data-testid=primaryColumn]`. */
  column: '[data-testid="primaryColumn"]',
  /** Fixture: x.com `tweetButtonInline` (inline) and `tweetButton` (modal), both `aria-disabled` while empty. */
  submit: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  /** "Replying to @…" above a reply editor: a public extension's selector (kotodama, 2025) — unverified. */
  replyingTo: '[data-testid="inlineReplyingTo"]',
  /** A status page's inline box is the reply box (kotodama `isStatusPage`; [ext]). Proven only by serving
   * the x.com fixture at /<user>/status/<id> (it serves every path); the fixture has no conversation view. */
  replyPath: /\/status\/\d+/,
  /** The submit label of a reply (public automation clicks `button:has-text('Reply')` [ext]); de/nl
   * unverified. The fixture's labels are "Post" and "Post all". */
  replyLabels: ['Reply', 'Antworten', 'Beantwoorden'],
  /** Fixture: x.com `SideNav_AccountSwitcher_Button` holding `UserAvatar-Container-<handle>` of the acting
   * account; it changes on switching (tests/e2e/budget.spec.ts "account switch"). SITES.md X "Account"
   * [ext]: the handle suffix of the avatar in the account switcher. */
  accountAvatar: '[data-testid="SideNav_AccountSwitcher_Button"] [data-testid^="UserAvatar-Container-"]',
  /** The prefix before the handle in that testid. */
  accountAvatarPrefix: 'UserAvatar-Container-',
  /** Fixture: `a[data-testid=AppTabBar_Profile_Link][href="/<handle>"]`, the fallback several public
   * extensions use (SITES.md X "Account" [ext]). */
  profileLink: 'a[data-testid="AppTabBar_Profile_Link"]',
  /** The handle in the profile link's path. */
  profilePath: /^\/([A-Za-z0-9_]{1,15})\/?$/,
  /** Fixture: the toast "Your post was sent." with its View link `a[href="/<handle>/status/<id>"]`
   * (SITES.md X "Submit": tang-vu DOM_SELECTORS.md §10.1). Only the link marks success: X's error toasts
   * ("Something went wrong") use the same testid without a status link (fixture `failNext`). */
  toast: '[data-testid="toast"] a[href*="/status/"]',
} as const;

/** Every hostname X answers on; matches are generated from it. */
const HOSTS = ['x.com', 'www.x.com', 'mobile.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com'];

function editors(doc: Document): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const match of visibleAll(doc, SELECTORS.editorTestId)) {
    if (!SELECTORS.editorTestIdExact.test(match.dataset.testid ?? '')) continue;
    const editor = editableIn(match, SELECTORS.innerEditor);
    if (editor && !found.includes(editor) && isVisible(editor)) found.push(editor);
  }
  return found;
}

/** The modal dialog, else the primary column (stable across the inline box's remounts), else the box. */
function containerOf(editor: HTMLElement): Element | null {
  return (
    editor.closest(SELECTORS.modal) ??
    editor.closest(SELECTORS.column) ??
    ancestorWhere(editor, (node) => node.querySelector(SELECTORS.submit) !== null)
  );
}

function kindOf(
  doc: Document,
  container: Element,
  submit: HTMLElement | null,
  inline: boolean,
): Composer['kind'] {
  if (submit && (SELECTORS.replyLabels as readonly string[]).includes(labelText(submit))) return 'reply';
  if (container.querySelector(SELECTORS.replyingTo) !== null) return 'reply';
  if (inline && SELECTORS.replyPath.test(doc.location?.pathname ?? '')) return 'reply';
  return 'post';
}

export const x: SiteAdapter = {
  id: 'x',
  ...hostsAdapter(HOSTS),
  findComposers(doc) {
    const composers: Composer[] = [];
    for (const [container, list] of groupBy(editors(doc), containerOf)) {
      const first = list[0];
      if (!first) continue;
      const submit = nearest(first, container, SELECTORS.submit);
      const inline = first.closest(SELECTORS.modal) === null;
      composers.push({
        site: 'x',
        container,
        editors: list,
        submit,
        kind: kindOf(doc, container, submit, inline),
      });
    }
    return inDocumentOrder(composers);
  },
  readText: readEditorText,
  account(doc) {
    const avatar = doc.querySelector(SELECTORS.accountAvatar)?.getAttribute('data-testid') ?? '';
    if (avatar.startsWith(SELECTORS.accountAvatarPrefix)) {
      const handle = avatar.slice(SELECTORS.accountAvatarPrefix.length);
      if (handle !== '') return shownAccount(handle);
    }
    return shownAccount(hrefSegment(doc.querySelector(SELECTORS.profileLink), SELECTORS.profilePath));
  },
  // Fixture: Draft.js keyBindingFn posts on keyCode 13 with the command modifier (SITES.md X [recon]).
  isSubmitKey: (e) => isCommandEnter(e),
  confirmation: { toast: SELECTORS.toast },
};
