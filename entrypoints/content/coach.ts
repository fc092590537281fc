import { batch, effect } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BodyOf, DraftReply } from '../../lib/protocol';
import type { Analysis, Platform } from '../../lib/scoring/types';
import { clearHighlights, drawHighlights } from './highlights';
import { type DraftSession, THREAD_SEPARATOR } from './session';
import type { ComposerWatcher } from './watcher';

/**
 * The scoring side of the coach. It subscribes to the watcher's sessions: whenever a draft's text,
 * account or kind changes (the watcher reads 300 ms after the last edit), it asks the background
 * once (`draft`: the scores and the account's posting budget in one round trip) and writes the
 * answer into the session, which the overlay and the publish tracker read. A late answer for an
 * older text is dropped. It also keeps the active draft's words underlined (highlights.ts).
 */

/** What the background needs to score a draft and say its account's budget (lib/protocol.ts `draft`). */
type DraftRequest = BodyOf<'draft'>;

export interface CoachDeps {
  /** The one request per rescore: lib/protocol.ts `call('draft', …)` (null: the worker cannot answer now). */
  draft(request: DraftRequest): Promise<DraftReply | null>;
  /** Wakes the service worker and loads the scorer, so the first score after focus is quick. */
  warm(): void;
  /** After the active draft's new scores are in the session: how long the round took, in ms. */
  scored?(ms: number): void;
}

/**
 * A thread's item lengths, so the background counts each item against its own
 * limit (the text joins them with THREAD_SEPARATOR). Nothing for a single editor.
 */
function threadParts(session: DraftSession): Pick<DraftRequest, 'parts'> {
  const parts = session.parts.peek();
  if (parts.length <= 1) return {};
  return { parts: { lengths: parts.map((p) => p.text.length), separator: THREAD_SEPARATOR.length } };
}

/** The budget line says "47 min ago": ask again this often so it stays true. */
const BUDGET_REFRESH_MS = 60_000;
/**
 * Team sync (issue 13): for an account whose brand syncs (`BudgetStatus.team`), the budget is asked for this
 * often instead, and the background pulls the team's posts first when its last pull is older than 5 s: a post
 * made in another browser shows here within 10 s. Other accounts keep the once-a-minute request.
 */
const TEAM_BUDGET_REFRESH_MS = 5_000;

interface Rounds {
  /** Every request for the session; a budget answer counts only from the latest. */
  any: number;
  /** Requests with text; scores count only from the latest. */
  text: number;
}

export class Coach {
  /** When the last budget-only round was asked (team sync: see TEAM_BUDGET_REFRESH_MS). */
  private lastBudgetAt = 0;
  private readonly rounds = new WeakMap<DraftSession, Rounds>();
  /** The latest scoring round per session and its text, so a publish waits for it rather than asking again. */
  private readonly inflight = new WeakMap<
    DraftSession,
    { text: string; reply: Promise<DraftReply | null> }
  >();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly site: Platform,
    private readonly watcher: ComposerWatcher,
    private readonly deps: CoachDeps,
  ) {}

  start(): void {
    const attached = new WeakSet<DraftSession>();
    const stops: Array<() => void> = [];
    // Each new session: score whenever what the background needs changes.
    stops.push(
      effect(() => {
        for (const session of this.watcher.sessions.value) {
          if (attached.has(session)) continue;
          attached.add(session);
          session.onDispose(
            effect(() => {
              session.rescore.value;
              void this.score(session, this.requestFor(session, true));
            }),
          );
        }
      }),
    );
    // A newly focused composer: wake the worker and show its account's budget.
    stops.push(
      effect(() => {
        const session = this.watcher.active.value;
        if (!session) return;
        this.deps.warm();
        void this.refreshBudget();
      }),
    );
    // The underlines follow the active draft's scores (drawn when the scores arrive: the parts they
    // were read with are the current ones then).
    stops.push(
      effect(() => {
        const session = this.watcher.active.value;
        const analysis = session?.analysis.value ?? null;
        const dismissed = session?.dismissed.value ?? false;
        if (!session || !analysis || dismissed || !this.watcher.enabled.value) clearHighlights();
        else drawHighlights(analysis, session.parts.peek(), THREAD_SEPARATOR.length);
      }),
    );
    this.ctx.setInterval(() => {
      const team = this.watcher.active.peek()?.budget.peek()?.team === true;
      if (team || Date.now() - this.lastBudgetAt >= BUDGET_REFRESH_MS - TEAM_BUDGET_REFRESH_MS / 2)
        void this.refreshBudget();
    }, TEAM_BUDGET_REFRESH_MS);
    this.ctx.onInvalidated(() => {
      for (const stop of stops) stop();
      clearHighlights();
    });
  }

  /**
   * Submit intent: read the draft now (the site may clear it next) and score it once more, so the
   * publish tracker finds scores for exactly the published text.
   */
  rescoreNow(session: DraftSession): void {
    const before = session.text.peek();
    this.watcher.read(session);
    // Unchanged text re-scores nothing by itself; a round still in flight for it is the one to wait for.
    if (session.text.peek() === before && session.scored?.text !== before && before.trim() !== '') {
      void this.score(session, this.requestFor(session));
    }
  }

  /**
   * "2 of 3 today · last post 47 min ago" for the account that would post from the active
   * composer: asked on focus, after a recorded post and once a minute, so the minutes stay true.
   * A budget-only round is a `draft` with no text (cheap: nothing is scored).
   */
  async refreshBudget(): Promise<void> {
    const session = this.watcher.active.peek();
    if (!session || !this.watcher.enabled.peek()) return;
    this.lastBudgetAt = Date.now();
    session.account.value = this.watcher.accountOf(session.composer);
    await this.score(session, { ...this.requestFor(session), text: '' }, true);
  }

  /**
   * Scores `text` for the publish tracker when nothing scored exactly the published text yet. The
   * round the submit intent started (`rescoreNow`) is usually still on its way: waiting for it saves a
   * round trip, which matters because the page may navigate away right after a post.
   */
  async analyze(session: DraftSession, text: string): Promise<Analysis | null> {
    const pending = this.inflight.get(session);
    if (pending?.text === text) {
      const reply = await pending.reply;
      if (reply?.analysis) return reply.analysis;
    }
    const reply = await this.deps.draft({ ...this.requestFor(session), text });
    return reply?.analysis ?? null;
  }

  /** What the background needs; `track` reads the signals (an effect then re-scores when they change). */
  private requestFor(session: DraftSession, track = false): DraftRequest {
    const read = <T>(s: { value: T; peek(): T }) => (track ? s.value : s.peek());
    const request: DraftRequest = {
      text: read(session.text),
      site: this.site,
      account: read(session.account),
      kind: read(session.kind),
      ...threadParts(session),
    };
    const ignored = read(session.ignored);
    if (ignored.length > 0) request.ignores = [...ignored];
    return request;
  }

  private async score(session: DraftSession, request: DraftRequest, budgetOnly = false): Promise<void> {
    if (!this.watcher.enabled.peek() || session.isDisposed) return;
    const rounds = this.rounds.get(session) ?? { any: 0, text: 0 };
    this.rounds.set(session, rounds);
    const any = ++rounds.any;
    const blank = request.text.trim() === '';
    const text = budgetOnly ? rounds.text : ++rounds.text;
    if (blank && !budgetOnly) {
      batch(() => {
        session.analysis.value = null;
        session.chars.value = null;
        session.dismissed.value = false; // a cleared editor is a new draft
        if (session.ignored.peek().length > 0) session.ignored.value = []; // and "ignore here" was for the old one
      });
      // Only the composer in use shows a budget line.
      if (this.watcher.active.peek() !== session) return;
    }
    const started = performance.now();
    const call = this.deps.draft(request);
    if (!budgetOnly && !blank) this.inflight.set(session, { text: request.text, reply: call });
    const reply = await call;
    if (!reply || session.isDisposed || !this.watcher.enabled.peek()) return;
    const fresh = !budgetOnly && !blank && text === rounds.text;
    batch(() => {
      if (any === rounds.any) {
        session.budget.value = reply.budget;
        session.brand.value = reply.brand;
      }
      if (fresh && reply.analysis) {
        session.analysis.value = reply.analysis;
        session.chars.value = reply.chars; // the length comes with the scores
        session.scored = { text: request.text, analysis: reply.analysis };
        // A composer that got its scores while none is active (a prefilled reply box) becomes the active one.
        const active = this.watcher.active.peek();
        if (!active || !active.composer.container.isConnected) this.watcher.active.value = session;
      }
    });
    if (fresh && reply.analysis && this.watcher.active.peek() === session) {
      // From reading the draft to the scores in the session, for `npm run bench` (overlay.tsx writes it
      // on our own element once the badges are painted).
      this.deps.scored?.(performance.now() - started);
    }
  }
}
