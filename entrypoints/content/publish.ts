import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PostEvent, PostKind } from '../../lib/budget/types';
import { MAX_MESSAGE_TEXT } from '../../lib/protocol';
import { type Analysis, SCORE_KEYS, type ScoreKey } from '../../lib/scoring/types';
import { isVisible } from '../../lib/sites/dom';
import type { Composer, SiteAdapter } from '../../lib/sites/types';
import { type DraftSession, THREAD_SEPARATOR } from './session';
import type { ComposerWatcher } from './watcher';

/**
 * Counts what is really published (SITES.md "Submit intent and confirmation"): a post is an INTENT
 * (a click on the composer's own submit button, Enter/Space on it, or the site's send shortcut in
 * its editor) followed within CONFIRM_TIMEOUT_MS by a CONFIRMATION (the composer's editors removed
 * or emptied, the site's success toast, or the URL a post moves to). Closing or cancelling without
 * an intent, a failed post and an unconfirmed one are not posts; one intent gives at most one event
 * however often the button is pressed; editing a published post is never counted.
 *
 * The intent is seen by the ComposerWatcher (watcher.ts: the content script's one set of capture
 * listeners), which hands over the composer's session; this file snapshots the post, waits for the
 * confirmation and delivers. It never looks for composers itself, except once when a pending
 * post's editors vanish (was it posted, or only remounted?).
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

export interface PublishHooks {
  /** Scores a text when the coach has none for exactly the published text. */
  analyze(session: DraftSession, text: string): Promise<Analysis | null>;
  /** Sends the event to the background; resolves with its answer. */
  record(event: PostEvent): Promise<unknown>;
  /** After the background stored an event (the overlay's budget line can refresh). */
  recorded?(event: PostEvent): void;
}

interface Pending {
  id: string;
  session: DraftSession;
  composer: Composer;
  parts: string[];
  text: string;
  /** Emptied editors confirm only a draft that had text (a Reddit link post may have an empty body). */
  hadText: boolean;
  account: string;
  kind: PostKind;
  scored: { text: string; analysis: Analysis } | null;
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
    private readonly watcher: ComposerWatcher,
    private readonly hooks: PublishHooks,
  ) {}

  start(): void {
    this.watcher.onIntent((session) => this.intent(session));
    this.ctx.onInvalidated(() => this.stopWatching());
  }

  /** Snapshots what would be published, before the site's own handler clears the editor. */
  private intent(session: DraftSession): void {
    const composer = session.composer;
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
        existing.session = session;
        existing.composer = composer;
        existing.parts = parts;
        existing.text = text;
        existing.hadText = true;
        existing.account = this.watcher.accountOf(composer);
      }
      existing.deadline = Date.now() + CONFIRM_TIMEOUT_MS;
      return;
    }
    const nonEmpty = parts.filter((part) => part.trim() !== '').length;
    const toast = this.adapter.confirmation.toast;
    const pending: Pending = {
      id: newId(),
      session,
      composer,
      parts,
      text,
      hadText: nonEmpty > 0,
      account: this.watcher.accountOf(composer),
      kind: composer.kind === 'reply' ? 'reply' : nonEmpty > 1 ? 'thread' : 'post',
      scored: session.scored,
      toastsBefore: new Map(
        toast ? [...document.querySelectorAll(toast)].map((el) => [el, signature(el)]) : [],
      ),
      pathMatchedBefore: this.adapter.confirmation.path?.test(location.pathname) ?? false,
      deadline: Date.now() + CONFIRM_TIMEOUT_MS,
    };
    this.pending.set(composer.container, pending);
    session.pending.value = { id: pending.id, kind: pending.kind, account: pending.account };
    this.watch();
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
        this.settle(p);
        void this.publish(p, now);
      } else if (now > p.deadline) {
        // No confirmation: failed, rejected or still open. Not a post.
        this.pending.delete(container);
        this.settle(p);
      }
    }
    if (this.pending.size === 0) this.stopWatching();
  }

  private settle(p: Pending): void {
    if (p.session.pending.peek()?.id === p.id) p.session.pending.value = null;
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

  /**
   * Whether the draft is still open in a composer the site remounted. Asked only when the editors
   * of a pending post are gone, so the composers are looked up afresh here (the watcher's own scan
   * runs a moment after the mutation that removed them).
   */
  private draftStillOpen(p: Pending): boolean {
    if (!p.hadText) return false;
    this.watcher.scanNow();
    return this.watcher.sessions
      .peek()
      .some(
        (s) =>
          s.composer.editors.map((editor) => this.adapter.readText(editor).text).join(THREAD_SEPARATOR) ===
          p.text,
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
    for (const scored of [p.scored, p.session.scored]) {
      if (scored && scored.text === p.text) return scoreValues(scored.analysis);
    }
    const analysis = await this.hooks.analyze(p.session, p.text).catch(() => null);
    return analysis ? scoreValues(analysis) : null;
  }
  private async deliver(event: PostEvent): Promise<void> {
    for (let attempt = 0; attempt <= RETRY_ATTEMPTS; attempt++) {
      if (this.ctx.isInvalid) return;
      try {
        const reply = await this.hooks.record(event);
        if (isOk(reply)) {
          this.hooks.recorded?.(event);
          return;
        }
        // Refused for good (over the per-tab rate limit, or not a storable event): sending the
        // same event again would only trickle it in later.
        if (isRefused(reply)) return;
      } catch {
        // The worker is asleep, restarting or was stopped mid-answer: try again below.
      }
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

function isOk(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && Reflect.get(reply, 'ok') === true;
}

function isRefused(reply: unknown): boolean {
  return typeof reply === 'object' && reply !== null && typeof Reflect.get(reply, 'refused') === 'string';
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
