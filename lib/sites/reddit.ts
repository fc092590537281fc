import { shownAccount } from '../core';
// Reddit: the new "shreddit" UI slots a Lexical body into <shreddit-composer> (post body on the submit page,
// comment composers under <comment-composer-host>); the title is a <textarea> in
// <faceplate-textarea-input>'s shadow root and is never the body (this adapter never enters that root).
// Old Reddit (old.reddit.com, or the old UI on www) uses plain `textarea[name=text]` forms.
import { groupBy, hostsAdapter, labelText, nearest, visibleAll } from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: www.reddit.com `<shreddit-composer>` (custom element; tests/e2e/fixtures/sites/reddit.ts);
   * SITES.md Reddit [ext] (Harper `getShredditComposerRoot`). */
  composer: 'shreddit-composer',
  /** Fixture: the slotted light-DOM body `shreddit-composer > div[role=textbox][contenteditable=true]`
   * with `data-lexical-editor=true` (SITES.md: `shreddit-composer [data-lexical-editor="true"]` [ext]). */
  editor:
    'shreddit-composer [data-lexical-editor="true"][contenteditable="true"], shreddit-composer > div[role="textbox"][contenteditable="true"]',
  /** Fixture: `shreddit-composer > button[slot=submit-button][type=submit]` ("Post" / "Comment"). */
  submit: 'button[slot="submit-button"][type="submit"]',
  /** Fixture: /r/test/comments/<id>/… `comment-composer-host > faceplate-form > shreddit-composer`
   * (SITES.md [ext]); a reply to a comment sits in the comment tree (`shreddit-comment`, unverified). */
  commentHost: 'comment-composer-host, shreddit-comment',
  /** Fixture: the post body composer lives on /r/<sub>/submit. A shreddit-composer elsewhere that is not a
   * comment (modmail, chat) is not a post composer. */
  submitPath: /\/submit(\/|$)/,
  /** Fixture: a post's page /r/<sub>/comments/<id>/<slug>/ (where the URL moves after a post): composers
   * there outside a comment host are replies too (SITES.md Reddit "Submit" [recon]). */
  commentsPath: /\/comments\//,
  /** Fixture (old.reddit.com, tests/e2e/fixtures/sites/reddit-old.ts, built from SITES.md's selectors, not
   * from the live site): `textarea[name=text]` is the
   * self-post text and the comment box (SITES.md "Old Reddit" [ext]). The hidden `.cloneable` reply
   * template has the same name and is filtered out by visibility. */
  oldEditor: 'textarea[name="text"]',
  /** Fixture: old Reddit's submit form `form#newlink` holds the self-post text (unverified live). */
  oldPostForm: '#newlink',
  /** Fixture: old Reddit's comment forms `form.usertext` under `.commentarea` (unverified live). */
  oldCommentForm: 'form.usertext',
  /** A comment form under the comment area or a comment is a reply; elsewhere (editing a self post's text)
   * it is neither (unverified). */
  oldCommentArea: '.commentarea, .comment',
  /** Fixture: old Reddit buttons: `button.btn[name=submit]` on the submit page (SITES.md [ext]), `.save` in
   * `.usertext-buttons` on comment forms (unverified). */
  oldSubmit: 'button[name="submit"], .usertext-buttons button[type="submit"]',
  /** Fixture: the header's user menu `button#expand-user-drawer-button` "u/<name>" (SITES.md Reddit
   * "Account": the user menu in the header, unverified on the live site); old Reddit: `#header .user > a`
   * (SITES.md "Old Reddit" `.user a` [ext]). */
  userMenu: '#expand-user-drawer-button, #header .user > a',
  /** Reddit usernames: 3–20 letters, digits, `-` and `_`, shown with or without `u/`. */
  userName: /^(?:\/?u\/)?([A-Za-z0-9_-]{3,20})$/,
  /** Fixture: after a post the page moves from /r/<sub>/submit to /r/<sub>/comments/<id>/<slug>/
   * (SITES.md Reddit "Submit" [recon]; tang-vu §10.5). */
  postedPath: /\/comments\/[a-z0-9]+\//,
} as const;

const HOSTS = ['www.reddit.com', 'reddit.com', 'old.reddit.com'];

function newComposers(doc: Document): Composer[] {
  const composers: Composer[] = [];
  const path = doc.location?.pathname ?? '';
  const editors = visibleAll(doc, SELECTORS.editor);
  for (const [container, list] of groupBy(editors, (editor) => editor.closest(SELECTORS.composer))) {
    let kind: Composer['kind'];
    if (container.closest(SELECTORS.commentHost) !== null) kind = 'reply';
    else if (SELECTORS.submitPath.test(path)) kind = 'post';
    else if (SELECTORS.commentsPath.test(path)) kind = 'reply';
    else continue;
    composers.push({
      site: 'reddit',
      container,
      editors: list,
      // The button is a light-DOM child of the composer element, projected into its submit slot.
      submit: container.querySelector<HTMLElement>(`:scope > ${SELECTORS.submit}`),
      kind,
    });
  }
  return composers;
}

function oldComposers(doc: Document): Composer[] {
  const composers: Composer[] = [];
  for (const editor of visibleAll(doc, SELECTORS.oldEditor)) {
    const postForm = editor.closest(SELECTORS.oldPostForm);
    const commentForm = editor.closest(SELECTORS.oldCommentForm);
    let container: Element;
    let kind: Composer['kind'];
    if (postForm !== null) {
      container = postForm;
      kind = 'post';
    } else if (commentForm !== null && commentForm.closest(SELECTORS.oldCommentArea) !== null) {
      container = commentForm;
      kind = 'reply';
    } else {
      // Editing a self post's text, or an unknown form: not a new post or comment.
      continue;
    }
    composers.push({
      site: 'reddit',
      container,
      editors: [editor],
      submit: nearest(editor, container, SELECTORS.oldSubmit),
      kind,
    });
  }
  return composers;
}

export const reddit: SiteAdapter = {
  id: 'reddit',
  ...hostsAdapter(HOSTS),
  findComposers: (doc) => [...newComposers(doc), ...oldComposers(doc)],
  readText: readEditorText,
  account(doc) {
    const menu = doc.querySelector(SELECTORS.userMenu);
    return shownAccount(SELECTORS.userName.exec(menu ? labelText(menu) : '')?.[1] ?? '');
  },
  // No known send shortcut (SITES.md "Open questions"): the Post and Comment buttons are clicked.
  isSubmitKey: () => false,
  confirmation: { path: SELECTORS.postedPath },
};
