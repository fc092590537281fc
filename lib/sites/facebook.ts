import { shownAccount } from '../core';
// Facebook (person or Page): the post composer is a Lexical editor in a [role=dialog] whose Post button is a
// div[role=button][aria-label=Post] in the same dialog. Comment boxes (Lexical editors under a
// [role=article]) are reported as kind 'reply': a brand's comments are public brand voice and deserve the
// same coaching, while the contract's 'reply' keeps them out of the posting budget (lib/sites/types.ts);
// X, Mastodon, Bluesky and Reddit report their replies the same way. Other Lexical boxes (Messenger) are
// neither and are ignored.
import { closestWhere, groupBy, hostsAdapter, labelText, nearest, visibleAll } from './dom';
import { readEditorText } from './read-text';
import type { Composer, SiteAdapter } from './types';

const SELECTORS = {
  /** Fixture: www.facebook.com `div[contenteditable][role=textbox]` made a Lexical root (Lexical adds
   * `data-lexical-editor=true`), tests/e2e/fixtures/sites/facebook.ts; SITES.md Facebook [recon][ext]. */
  editor: '[data-lexical-editor="true"][role="textbox"][contenteditable="true"]',
  /** Fixture: the "Create post" `[role=dialog]` mounted at the end of body. */
  dialog: '[role="dialog"]',
  /** Fixture: `div[role=button][tabindex=0][aria-label=Post][aria-disabled]` (SITES.md: "NOT native
   * <button>" [recon]). "Posten" (de) and "Plaatsen" (nl) are unverified guesses at the localized label. */
  submit:
    'div[role="button"][aria-label="Post"], div[role="button"][aria-label="Posten"], div[role="button"][aria-label="Plaatsen"]',
  /** Fixture: the feed post `[role=article]` holding the "Write a comment…" Lexical box (Enter sends). */
  article: '[role="article"]',
  /** A comment box's own form, when Facebook wraps it in one (unverified); else the article keys it. */
  commentForm: 'form',
  /** Fixture: the composer's aria-label "What's on your mind, Brand Page?" names the acting person or Page
   * and follows a switch (SITES.md Facebook "Page identity" 1 [recon]); Facebook types a curly or a
   * straight apostrophe. The de/nl prompts are unverified guesses. */
  mindPrompt: /^(?:What['’]s on your mind|Was machst du gerade|Wat wil je delen), (.+?)\??$/,
  /** Fixture: the feed's "What's on your mind, <Name>?" `[role=button]`, the only place a comment box's
   * acting profile shows (its own label is "Write a comment…"); unverified on the live site. */
  feedPrompt: '[role="main"] [role="button"], [role="button"][aria-label]',
} as const;

const HOSTS = ['www.facebook.com', 'facebook.com', 'web.facebook.com'];

export const facebook: SiteAdapter = {
  id: 'facebook',
  ...hostsAdapter(HOSTS),
  findComposers(doc) {
    const composers: Composer[] = [];
    const editors = visibleAll(doc, SELECTORS.editor);
    const postDialog = (editor: HTMLElement) =>
      closestWhere(editor, SELECTORS.dialog, (dialog) => dialog.querySelector(SELECTORS.submit) !== null);
    for (const [container, list] of groupBy(editors, postDialog)) {
      const first = list[0];
      if (!first) continue;
      composers.push({
        site: 'facebook',
        container,
        editors: list,
        submit: nearest(first, container, SELECTORS.submit),
        kind: 'post',
      });
    }
    for (const editor of editors) {
      if (postDialog(editor) !== null) continue;
      const article = editor.closest(SELECTORS.article);
      if (article === null) continue;
      const form = editor.closest(SELECTORS.commentForm);
      const container = form && article.contains(form) ? form : article;
      // Comments are sent with Enter; no button to report.
      composers.push({ site: 'facebook', container, editors: [editor], submit: null, kind: 'reply' });
    }
    return composers;
  },
  readText: readEditorText,
  account(doc, composer) {
    const name = (text: string) => SELECTORS.mindPrompt.exec(text.trim())?.[1] ?? '';
    for (const editor of composer.editors) {
      const found = name(editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '');
      if (found !== '') return shownAccount(found);
    }
    for (const prompt of doc.querySelectorAll<HTMLElement>(SELECTORS.feedPrompt)) {
      const found = name(prompt.getAttribute('aria-label') ?? labelText(prompt));
      if (found !== '') return shownAccount(found);
    }
    return '';
  },
  // Fixture: a comment box sends on Enter (Shift+Enter is a new line); the post dialog only by its Post
  // button (a click, or Enter/Space on the focused div[role=button]).
  isSubmitKey: (e, composer) =>
    composer.kind === 'reply' &&
    e.key === 'Enter' &&
    !e.shiftKey &&
    !e.ctrlKey &&
    !e.metaKey &&
    !e.altKey &&
    !e.isComposing,
  // No toast: the dialog closing, or the comment box clearing, confirms.
  confirmation: {},
};
