import { shownAccount } from '../core';
// LinkedIn (person or company Page): the share box is a Quill editor inside an open shadow root on
// #interop-outlet since 2025–26, and in the light DOM before that. Only the share dialog counts: the hidden
// preloaded share box (a decoy .ql-editor), TipTap comment boxes and messaging are not post composers.
import { firstLine, groupBy, nearest, visibleAll } from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: www.linkedin.com `div#interop-outlet[data-testid=interop-shadowdom]` with an open shadow root
   * (tests/e2e/fixtures/sites/linkedin.ts); SITES.md LinkedIn "Shadow root" [recon][ext]. */
  shadowHost: '#interop-outlet, [data-testid="interop-shadowdom"]',
  /** Fixture: the share dialog `[role=dialog][aria-labelledby=share-to-linkedin-modal__header]
   * [data-test-modal-id=sharebox].share-box-v2__modal`, in the shadow root and (`?legacy=1`) in the light
   * DOM; SITES.md lists all three as current and older selectors. */
  dialog:
    '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"], [data-test-modal-id="sharebox"], .share-box-v2__modal',
  /** Fixture: Quill 2 root `.ql-editor[role=textbox][data-test-ql-editor-contenteditable=true]` (role and
   * label set like LinkedIn's; Quill sets neither). The hidden `#preload-sharebox` decoy has the same
   * attributes but sits outside any share dialog and is `hidden`. */
  editor: '.ql-editor[role="textbox"], [data-test-ql-editor-contenteditable="true"]',
  /** Fixture: `button.share-actions__primary-action`, disabled while empty (SITES.md [recon]). */
  submit: 'button.share-actions__primary-action',
  /** Fixture: /company/<id>/admin/page-posts/published/?share=true opens the share box acting as that Page;
   * the URL fixes the actor before the composer opens (SITES.md LinkedIn "Company Page" [recon]). */
  companyPath: /\/company\/(\d+)\/admin\//,
  /** Fixture: `button.share-unified-settings-entry-button` in the share dialog's header, innerText
   * "<actor>\nPost to Anyone"; it changes when the actor is switched (SITES.md LinkedIn "Selectors":
   * "author on line 1 and the audience on line 2" [recon]). */
  actor: '.share-unified-settings-entry-button',
} as const;

const HOSTS = ['www.linkedin.com', 'linkedin.com'];

function roots(doc: Document): Array<Document | ShadowRoot> {
  const found: Array<Document | ShadowRoot> = [doc];
  for (const host of doc.querySelectorAll(SELECTORS.shadowHost)) {
    // Open shadow roots only: a closed one is not reachable, and we never attach or force one.
    if (host.shadowRoot && !found.includes(host.shadowRoot)) found.push(host.shadowRoot);
  }
  return found;
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  matches: HOSTS.map((host) => `https://${host}/*`),
  detect: (_doc, location) => HOSTS.includes(location.hostname),
  roots,
  findComposers(doc) {
    const composers: Composer[] = [];
    for (const root of roots(doc)) {
      const editors = visibleAll(root, SELECTORS.editor).filter((editor) => editor.isContentEditable);
      // A company Page posts through the same share box (the URL fixes the actor): still a post.
      for (const [container, list] of groupBy(editors, (editor) => editor.closest(SELECTORS.dialog))) {
        const first = list[0];
        if (!first) continue;
        composers.push({
          site: 'linkedin',
          container,
          editors: list,
          submit: nearest(first, container, SELECTORS.submit),
          kind: 'post',
        });
      }
    }
    return composers;
  },
  readText: readEditorText,
  account(doc, composer) {
    const company = SELECTORS.companyPath.exec(doc.location?.pathname ?? '')?.[1];
    if (company) return `company:${company}`;
    const actor = composer.container.querySelector<HTMLElement>(SELECTORS.actor);
    return actor ? shownAccount(firstLine(actor)) : '';
  },
  // No known send shortcut in the share box (SITES.md "Open questions"): the click is the intent.
  isSubmitKey: () => false,
  // No known toast or permalink: the share dialog closing after Post is the confirmation.
  confirmation: {},
};
