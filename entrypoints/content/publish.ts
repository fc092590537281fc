import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PostEvent, PostKind } from '../../lib/budget/types';
import { MAX_MESSAGE_TEXT, type RecordReply } from '../../lib/protocol';
import { type Analysis, SCORE_KEYS, type ScoreKey } from '../../lib/scoring/types';
import { isVisible } from '../../lib/sites/dom';
import type { Composer, SiteAdapter } from '../../lib/sites/types';

/**
 * Counts what is really published (SITES.md "Submit intent and confirmation"): a post is an INTENT
 * (a click on the composer's own submit button, Enter/Space on it, or the site's send shortcut in
 * its editor) followed within CONFIRM_TIMEOUT_MS by a CONFIRMATION (the composer's editors removed
 * or emptied, the site's success toast, or the URL a post moves to). Closing or cancelling without
 * an intent, a failed post and an unconfirmed one are not posts; one intent gives at most one event
 * however often the button is pressed; editing a published post is never counted.
 *
 * Only trusted input is an intent (`event.isTrusted`): the page's own script can call `click()` or
 * dispatch key events on the post button as often as it likes (issue 11: 30 synthetic clicks were
 * 30 posts), but only the browser makes trusted events, from the person's mouse and keyboard.
 *
 * Observe only: capture-phase passive listeners that never call preventDefault, never stop an
 * event and never dispatch one; the text, account and kind are read at intent time, before the
 * site clears its editor. A confirmed post goes to the background as `record-post` with an id made
 * at intent time, and is sent again with backoff until the background answers `{ok: true}`: the
 * background ignores an id it already has, so a restarting service worker loses nothing. An answer
 * with `refused` (lib/protocol.ts RecordReply) is final.
 */

/** The longest wait for a confirmation after an intent (SITES.md: "If nothing confirms within 5–10 s"). */
export const CONFIRM_TIMEOUT_MS = 8_000;
/** A textarea cleared by a framework (Mastodon) changes no DOM, and a URL change fires no event: poll too. */
const POLL_MS = 200;
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 8_000;
/** About three minutes of retries (250 ms doubling to 8 s), then the event is given up. */
const RETRY_ATTEMPTS = 25;
/** How the coach joins thread items into one draft; the same here, so scored texts compare equal. */
const THREAD_SEPARATOR = '\n\n';

export interface PublishHooks {
  /** Whether Steady runs on this site now (the per-site switch). */
  enabled(): boolean;
  /** The composers on the page right now (a fresh scan), as the coach sees them. */
  composers(): Composer[];
  /** The coach's latest scores of a composer's draft and the text they are for. */
  scored(container: Element): { text: string; analysis: Analysis } | null;
  /** Scores a text (with its account's brand rules) when the coach has none for exactly the published text. */
  analyze(text: string, account: string, kind: PostKind): Promise<Analysis | null>;
  /** Sends the event to the background; resolves with its answer, null when there was none. */
  record(event: PostEvent): Promise<RecordReply | null>;
  /** After the background stored an event (the overlay's budget line can refresh). */
  recorded?(event: PostEvent): void;
}

interface Pending {
  id: string;
  composer: Composer;
  parts: string[];
  text: string;
  /** Emptied editors confirm only a draft that had text (a Reddit link post may have an empty body). */
  hadText: boolean;
  account: string;
  kind: PostKind;
  scored: { text: string; analysis: Analysis } | null;
  /** Scoring of `text` started at intent when the coach had no scores for it (see `prescore`). */
  scoring: { text: string; analysis: Promise<Analysis | null> } | null;
  /** The site's toasts on screen at intent time, with what they said then. */
  toastsBefore: Map<Element, string>;
  pathMatchedBefore: boolean;
  deadline: number;
}

export class PublishTracker {
  private readonly pending = new Map<Element, Pending>();
  private observer: MutationObserver | null = null;
  private poll: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter,
    private readonly hooks: PublishHooks,
  ) {}

  start(): void {
    const options = { capture: true, passive: true } as const;
    this.ctx.addEventListener(document, 'click', (e) => this.onClick(e), options);
    this.ctx.addEventListener(document, 'keydown', (e) => this.onKeydown(e), options);
    this.ctx.onInvalidated(() => this.stopWatching());
  }

  /** A click whose path holds a composer's submit button (through open shadow roots: composedPath). */
  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || !this.hooks.enabled()) return;
    const path = e.composedPath();
    const composer = this.hooks.composers().find((c) => c.submit !== null && path.includes(c.submit));
    if (composer?.submit && !isDisabled(composer.submit)) this.intent(composer);
  }

  private onKeydown(e: KeyboardEvent): void {
    const enter = e.key === 'Enter' || e.keyCode === 13;
    const space = e.key === ' ' || e.code === 'Space';
    if ((!enter && !space) || !e.isTrusted || e.isComposing || !this.hooks.enabled()) return;
    const path = e.composedPath();
    const first = path[0];
    // A space typed into an editor is writing, not a button press: skip the scan on every word.
    if (!enter && first instanceof HTMLElement && isEditable(first)) return;
    const composers = this.hooks.composers();
    const onButton = composers.find((c) => c.submit !== null && path.includes(c.submit));
    if (onButton?.submit) {
      // Enter or Space on the focused button (Meta's div[role=button] posts on keydown).
      if (!isDisabled(onButton.submit) && !e.ctrlKey && !e.metaKey && !e.altKey) this.intent(onButton);
      return;
    }
    const inEditor = composers.find((c) => c.editors.some((editor) => path.includes(editor)));
    if (inEditor && this.adapter.isSubmitKey(e, inEditor)) this.intent(inEditor);
  }

  /** Snapshots what would be published, before the site's own handler clears the editor. */
  private intent(composer: Composer): void {
    if (composer.editing) return;
    const parts = composer.editors.map((editor) => this.adapter.readText(editor).text);
    const text = parts.join(THREAD_SEPARATOR);
    // A remount between two presses gives the same draft a new container: still the same intent.
    const existing =
      this.pending.get(composer.container) ??
      [...this.pending.values()].find(
        (p) => p.hadText && p.text === text && p.composer.site === composer.site,
      );
    if (existing) {
      // The same post pressed again (a double click, Enter then click, a retry after an error):
      // still one intent; keep its id, take the newer text and account, and wait afresh.
      if (text.trim() !== '') {
        existing.composer = composer;
        existing.parts = parts;
        existing.text = text;
        existing.hadText = true;
        existing.account = this.account(composer);
        this.prescore(existing);
      }
      existing.deadline = Date.now() + CONFIRM_TIMEOUT_MS;
      return;
    }
    const nonEmpty = parts.filter((part) => part.trim() !== '').length;
    const toast = this.adapter.confirmation.toast;
    const pending: Pending = {
      id: newId(),
      composer,
      parts,
      text,
      hadText: nonEmpty > 0,
      account: this.account(composer),
      kind: composer.kind === 'reply' ? 'reply' : nonEmpty > 1 ? 'thread' : 'post',
      scored: this.hooks.scored(composer.container),
      scoring: null,
      toastsBefore: new Map(
        toast ? [...document.querySelectorAll(toast)].map((el) => [el, signature(el)]) : [],
      ),
      pathMatchedBefore: this.adapter.confirmation.path?.test(location.pathname) ?? false,
      deadline: Date.now() + CONFIRM_TIMEOUT_MS,
    };
    this.pending.set(composer.container, pending);
    this.prescore(pending);
    this.watch();
  }

  /**
   * Starts scoring the text at intent when the coach has no scores for exactly it (Enter sends a
   * comment before the coach's 300 ms rescore): the site's confirmation may be followed at once by
   * a navigation that ends this script, so the scores must be ready by then.
   */
  private prescore(p: Pending): void {
    if (!p.hadText || p.scored?.text === p.text || p.scoring?.text === p.text) return;
    p.scoring = { text: p.text, analysis: this.hooks.analyze(p.text, p.account, p.kind).catch(() => null) };
  }

  private account(composer: Composer): string {
    try {
      return this.adapter.account(document, composer);
    } catch {
      return '';
    }
  }

  /** Watches the page only while an intent waits for its confirmation. */
  private watch(): void {
    if (this.observer === null) {
      this.observer = new MutationObserver(() => this.checkAll());
      for (const root of this.adapter.roots(document)) {
        this.observer.observe(root, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
        });
      }
    }
    if (this.poll === undefined) this.poll = this.ctx.setInterval(() => this.checkAll(), POLL_MS);
  }

  private stopWatching(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.poll !== undefined) clearInterval(this.poll);
    this.poll = undefined;
  }

  private checkAll(): void {
    const now = Date.now();
    for (const [container, p] of this.pending) {
      if (this.isConfirmed(p)) {
        this.pending.delete(container);
        void this.publish(p, now);
      } else if (now > p.deadline) {
        // No confirmation: failed, rejected or still open. Not a post.
        this.pending.delete(container);
      }
    }
    if (this.pending.size === 0) this.stopWatching();
  }

  /** The first signal wins: a new success toast, the post URL, or the draft gone from the composer. */
  private isConfirmed(p: Pending): boolean {
    const { toast, path } = this.adapter.confirmation;
    if (toast) {
      for (const el of document.querySelectorAll(toast)) {
        if (p.toastsBefore.get(el) !== signature(el)) return true;
      }
    }
    if (path && !p.pathMatchedBefore && path.test(location.pathname)) return true;
    const live = p.composer.editors.filter((editor) => editor.isConnected && isVisible(editor));
    // Removed: unless the site only remounted the composer with the same draft.
    if (live.length === 0) return !this.draftStillOpen(p);
    return p.hadText && live.every((editor) => this.adapter.readText(editor).text.trim() === '');
  }

  private draftStillOpen(p: Pending): boolean {
    if (!p.hadText) return false;
    return this.hooks
      .composers()
      .some(
        (c) =>
          c.editors.map((editor) => this.adapter.readText(editor).text).join(THREAD_SEPARATOR) === p.text,
      );
  }

  private async publish(p: Pending, at: number): Promise<void> {
    const event: PostEvent = {
      id: p.id,
      at,
      site: this.adapter.id,
      account: p.account,
      kind: p.kind,
      scores: await this.scoresOf(p),
      // The background keeps the text only when the user opted in (settings.keepDraftText), else drops it.
      ...(p.hadText && p.text.length <= MAX_MESSAGE_TEXT ? { text: p.text } : {}),
    };
    await this.deliver(event);
  }

  /** The scores of exactly the published text: the coach's when it has them, else scored now. */
  private async scoresOf(p: Pending): Promise<Record<ScoreKey, number> | null> {
    if (!p.hadText) return null;
    for (const scored of [p.scored, this.hooks.scored(p.composer.container)]) {
      if (scored && scored.text === p.text) return scoreValues(scored.analysis);
    }
    const analysis = await (p.scoring?.text === p.text
      ? p.scoring.analysis
      : this.hooks.analyze(p.text, p.account, p.kind).catch(() => null));
    return analysis ? scoreValues(analysis) : null;
  }

  private async deliver(event: PostEvent): Promise<void> {
    for (let attempt = 0; attempt <= RETRY_ATTEMPTS; attempt++) {
      if (this.ctx.isInvalid) return;
      // Null: the worker is asleep, restarting or was stopped mid-answer: try again below.
      const reply = await this.hooks.record(event).catch(() => null);
      if (reply?.ok) {
        this.hooks.recorded?.(event);
        return;
      }
      // Refused for good (over the per-tab rate limit, or not a storable event): sending the
      // same event again would only trickle it in later.
      if (reply?.refused) return;
      await new Promise<void>((resolve) =>
        this.ctx.setTimeout(resolve, Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** attempt)),
      );
    }
  }
}

function scoreValues(analysis: Analysis): Record<ScoreKey, number> {
  const out = {} as Record<ScoreKey, number>;
  for (const key of SCORE_KEYS) out[key] = analysis.scores[key].value;
  return out;
}

function isDisabled(el: HTMLElement): boolean {
  return (
    el.getAttribute('aria-disabled') === 'true' ||
    el.hasAttribute('disabled') ||
    (el instanceof HTMLButtonElement && el.disabled)
  );
}

function isEditable(el: HTMLElement): boolean {
  return el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}

/** What a toast says (and links to): X reuses one toast element and changes its /status/ link. */
function signature(el: Element): string {
  return `${el.getAttribute('href') ?? ''}\u0000${el.textContent ?? ''}`;
}

/** A fresh event id. `crypto.randomUUID` exists only in secure contexts; the sites are all https. */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
