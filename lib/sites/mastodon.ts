import { shownAccount } from '../core';
// Mastodon (any instance, glitch-soc too): a React <textarea> in form.compose-form. Instances are granted at
// runtime, so there are no static match patterns and the page is recognised by its DOM. The page's
// script#initial-state holds meta.access_token: detection and scanning only check that the element exists;
// account() alone parses it, keeps accounts[meta.me].acct and meta.domain, and drops the rest at once.
import { groupBy, isCommandEnter, nearest, visibleAll } from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: mastodon.social `#mastodon[data-props]`, the app's mount point (mastodon `main.tsx` [src]). */
  appRoot: '#mastodon[data-props]',
  /** Fixture: `script#initial-state` (mastodon `initial_state.ts` [src]). Read only by account(), for
   * `accounts[meta.me].acct` and `meta.domain`; never by detect() or findComposers(). */
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
  /** Fixture: `.edit-indicator` inside the form while editing a published post, whose button then reads
   * "Update" (mastodon `edit_indicator.jsx` [src]). An edit is not a new post. */
  editIndicator: '.edit-indicator',
} as const;

/** Only the two fields account() keeps from the initial state; everything else is dropped unread. */
function acctAndDomain(json: string): { acct: string; domain: string } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const meta: unknown = Reflect.get(parsed, 'meta');
  const accounts: unknown = Reflect.get(parsed, 'accounts');
  if (typeof meta !== 'object' || meta === null || typeof accounts !== 'object' || accounts === null)
    return null;
  const me: unknown = Reflect.get(meta, 'me');
  const domain: unknown = Reflect.get(meta, 'domain');
  if (typeof me !== 'string' || typeof domain !== 'string') return null;
  const account: unknown = Reflect.get(accounts, me);
  const acct: unknown = typeof account === 'object' && account !== null ? Reflect.get(account, 'acct') : null;
  return typeof acct === 'string' ? { acct, domain } : null;
}

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
        ...(container.querySelector(SELECTORS.editIndicator) !== null ? { editing: true as const } : {}),
      });
    }
    return composers;
  },
  readText: readEditorText,
  account(doc) {
    const found = acctAndDomain(doc.querySelector(SELECTORS.initialState)?.textContent ?? '');
    if (!found) return '';
    // A local account's acct is the bare username; the instance's domain makes it a full address.
    return shownAccount(found.acct.includes('@') ? found.acct : `${found.acct}@${found.domain}`);
  },
  // compose_form.jsx: `e.keyCode === 13 && (e.ctrlKey || e.metaKey)` [src].
  isSubmitKey: (e) => isCommandEnter(e),
  // No toast: the form clears (or the reply indicator goes) when the status is created.
  confirmation: {},
};
