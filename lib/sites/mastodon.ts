// Mastodon (any instance, glitch-soc too): a React <textarea> in form.compose-form. Instances are granted at
// runtime, so there are no static match patterns and the page is recognised by its DOM. The page's
// script#initial-state holds meta.access_token: this adapter checks that the element exists and never reads
// its contents (the account is a later issue, and then only accounts[me].acct and meta.domain).
import { groupBy, nearest, visibleAll } from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: mastodon.social `#mastodon[data-props]`, the app's mount point (mastodon `main.tsx` [src]). */
  appRoot: '#mastodon[data-props]',
  /** Fixture: `script#initial-state` (mastodon `initial_state.ts` [src]). Existence only — never read. */
  initialState: 'script#initial-state',
  /** Fixture: `form.compose-form` (tests/e2e/fixtures/sites/mastodon.tsx; `compose_form.jsx` [src]). */
  form: 'form.compose-form',
  /** Fixture: `textarea.autosuggest-textarea__textarea` (`autosuggest_textarea.jsx` [src]). */
  editor: 'form.compose-form textarea.autosuggest-textarea__textarea',
  /** Fixture: `.compose-form__submit button[type=submit]`; ~4.1/4.2 used
   * `.compose-form__publish-button-wrapper button` (SITES.md Mastodon [src]). */
  submit: '.compose-form__submit button[type="submit"], .compose-form__publish-button-wrapper button',
  /** Fixture: `.reply-indicator` inside the form while replying ("Replying to @alice…", Cancel). */
  replyIndicator: '.reply-indicator',
} as const;

export const mastodon: SiteAdapter = {
  id: 'mastodon',
  // Granted per instance at runtime (optional host permission + registered content script).
  matches: [],
  detect: (doc) =>
    doc.querySelector(SELECTORS.appRoot) !== null && doc.querySelector(SELECTORS.initialState) !== null,
  roots: (doc) => [doc],
  findComposers(doc) {
    const composers: Composer[] = [];
    const editors = visibleAll(doc, SELECTORS.editor);
    for (const [container, list] of groupBy(editors, (editor) => editor.closest(SELECTORS.form))) {
      const first = list[0];
      if (!first) continue;
      composers.push({
        site: 'mastodon',
        container,
        editors: list,
        submit: nearest(first, container, SELECTORS.submit),
        kind: container.querySelector(SELECTORS.replyIndicator) !== null ? 'reply' : 'post',
      });
    }
    return composers;
  },
  readText: readEditorText,
};
