import { effect, signal } from '@preact/signals-core';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { i18n } from '#i18n';
import { ANALYSIS_VIEW_CSS, AnalysisView, bandLabel, scoreLabel } from '../../components/analysis-view';
import { budgetLine } from '../../components/budget-line'; // shared with the popup
import { CharCounter } from '../../components/char-counter';
import { type Fix, fixFor } from '../../lib/apply/fix';
import type { CharCount } from '../../lib/count/types';
import type { BodyOf, IgnoreReply } from '../../lib/protocol';
import { type Analysis, type Band, SCORE_KEYS, type ScoreKey } from '../../lib/scoring/types';
import { applyInEditor } from './apply';
import { CARD_CSS, CARD_WIDTH, Card, type CardActions, type CardState } from './card';
import { drawnRanges, hitTest, spanRects } from './highlights';
import { clearOfPage, composerBox, composerElement, composerObstacles, toRect } from './layout';
import { GAP, leastBad, placeCard, placeDock, placePanel, type Rect, type Shape } from './placement';
import type { DraftSession } from './session';
import type { ComposerWatcher } from './watcher';

/**
 * The on-page UI: the budget line and three score badges next to the composer, and a panel with
 * the findings (the popup's analysis view: cards, what to change with the points each cause adds,
 * what already works). A Preact tree over the active session's signals, in a closed shadow root
 * that WXT's `createShadowRootUi` puts on our own host element (`steady-overlay`) at the end of
 * <html>, outside every site's React tree, positioned with `position: fixed`.
 *
 * The page is hostile input and must not read the coach (issue 11: a brand's confidential reason
 * for a banned phrase, the budget line). So the shadow root is closed and only this module holds
 * it, the host carries no attributes (`position: 'inline'`: WXT styles nothing on it), its styles
 * are a string (no `cssInjectionMode: 'ui'` fetch), and only trusted events (the person's own
 * clicks and keys) act on the overlay: `host.click()` or a dispatched event does nothing.
 *
 * Never in the way (issue 9): the dock goes where it covers no editor and no control of the
 * composer (placement.ts), else it collapses to a small handle; the open panel never covers the
 * post button; Esc (from the panel or the editor) and a click outside close it, without
 * preventDefault: the site's own Esc behaviour is untouched.
 */

export const HOST_TAG = 'steady-overlay';

/**
 * Only the `bench` build (`wxt build --mode bench`, scripts/bench/typing.ts) writes the time of
 * the last score on the host as `data-score-ms`; Vite replaces the mode at build time, so the
 * production build has no such attribute (and no code for it).
 */
const EXPOSE_TIMING = import.meta.env.MODE === 'bench';

/** Which findings the open panel lists first: one score's (a badge was clicked) or all by importance. */
export type PanelFocus = ScoreKey | 'all';
/** The dock in one row (budget line beside the badges) or stacked (budget line above them). */
type Arrangement = 'row' | 'stack';

const PANEL_WIDTH = 380;
/** How long a hit-tested place keeps its answer (see `Overlay.clearOfPage`). */
const HIT_CACHE_MS = 400;
/** The pointer rests this long on an underline before its card opens (a click opens it at once). */
const HOVER_MS = 350;
/** A card opened by hovering closes this long after the pointer left the word and the card. */
const LEAVE_MS = 400;

/** What the overlay asks the background for (lib/protocol.ts), injected so nothing else is imported. */
export interface OverlayDeps {
  ignore(body: BodyOf<'ignore'>): Promise<IgnoreReply | null>;
}

/** Runs `action` for the person's own input only, never for an event a page script made. */
function trusted<E extends Event>(action: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) action(e);
  };
}

export class Overlay {
  /** The open panel and what it lists first, or null when closed. */
  readonly open = signal<PanelFocus | null>(null);
  readonly arrangement = signal<Arrangement>('row');
  /** No room for the badges anywhere: a small handle stands in for them. */
  readonly collapsed = signal(false);
  /** The page's own scheme around the composer. */
  readonly dark = signal(false);
  /** The open card on one underline (issue 10), or null. */
  readonly card = signal<CardState | null>(null);

  private ui: ShadowRootContentScriptUi<void> | null = null;
  private mounting: Promise<void> | null = null;
  private stopRender: (() => void) | null = null;
  private dock: HTMLElement | null = null;
  private panel: HTMLElement | null = null;
  private frame = 0;
  private returnFocus: HTMLElement | null = null;
  /** Milliseconds of the latest score, written once its badges are painted (bench build only). */
  private timing: number | null = null;
  /** The dock's full sizes, remembered while it is a handle, to see when it fits again. */
  private fullShapes: Shape<Arrangement>[] = [];
  private readonly resizeObserver = new ResizeObserver(() => this.schedule());
  private readonly hitCache = new Map<string, { clear: boolean; at: number }>();
  private observed: Element[] = [];
  private cardEl: HTMLElement | null = null;
  /** The last place the card's line was on screen (the underline goes once the draft changes). */
  private cardLine: Rect | null = null;
  private pointer: { x: number; y: number; path: EventTarget[] } | null = null;
  private hoverFrame = 0;
  private hoverTimer: number | undefined;
  private leaveTimer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly watcher: ComposerWatcher,
    private readonly deps: OverlayDeps = { ignore: async () => null },
  ) {}

  start(): void {
    const passive = { capture: true, passive: true } as const;
    this.ctx.addEventListener(window, 'scroll', () => this.schedule(), passive);
    this.ctx.addEventListener(window, 'resize', () => this.schedule(), { passive: true });
    // Esc from the panel or from the editor (or anywhere): observed, never prevented, so the
    // editor's and the site's own Esc handling runs exactly as without us. On the window, in the
    // capture phase: the first to see it, before any site handler could stop it.
    this.ctx.addEventListener(window, 'keydown', (e) => this.onKeydown(e), passive);
    this.ctx.addEventListener(window, 'pointerdown', (e) => this.onPointerDown(e), passive);
    // The card on an underline: the pointer is hit-tested against the drawn ranges (highlights.ts).
    // Observed only, like everything above: nothing is added to the editor, nothing is prevented.
    this.ctx.addEventListener(document, 'pointermove', (e) => this.onPointerMove(e), passive);
    this.ctx.addEventListener(document, 'click', (e) => this.onClick(e), passive);
    let current: DraftSession | null = null;
    let lastAnalysis: unknown = null;
    const stop = effect(() => {
      const session = this.watcher.active.value;
      if (session !== current) {
        current = session;
        this.open.value = null;
        this.card.value = null;
        this.collapsed.value = false;
        this.follow(session);
      }
      // New scores: a card about the old ones closes, unless it shows what just happened (Undo).
      const card = this.card.peek();
      if (card && !card.outcome && card.analysis !== (session?.analysis.value ?? null))
        this.card.value = null;
      if (session && !this.ui) void this.mount();
      // New scores: look at the page's scheme again (a site may switch themes while one writes).
      const analysis = session?.analysis.value ?? null;
      if (session && analysis !== lastAnalysis) this.dark.value = isDark(session.anchor);
      lastAnalysis = analysis;
      // Whatever the dock shows changes its size: place it again in the next frame.
      session?.budget.value;
      session?.dismissed.value;
      this.watcher.sessions.value; // a scan may have changed the composer (a thread item added)
      this.open.value;
      this.card.value;
      this.arrangement.value;
      this.collapsed.value;
      this.schedule();
    });
    this.ctx.onInvalidated(() => {
      stop();
      this.resizeObserver.disconnect();
      if (this.frame) cancelAnimationFrame(this.frame);
      this.ui?.remove();
      this.ui = null;
    });
  }

  /** Whether a node is our host (its own changes never mean a new composer). */
  contains(node: Node): boolean {
    return this.ui !== null && node === this.ui.shadowHost;
  }

  /** Milliseconds the last score took, on our own host for the benchmark (bench build only). */
  setTiming(ms: number): void {
    if (!EXPOSE_TIMING) return;
    this.timing = ms;
    this.schedule();
  }

  /**
   * The keyboard command: opens the panel of the active composer and focuses its first control;
   * a second press closes it and returns focus to where it was.
   */
  toggleFromKeyboard(): void {
    const session = this.watcher.active.value;
    const analysis = session?.analysis.value;
    if (!session || !analysis) return;
    const card = this.card.peek();
    if (this.open.value !== null || card) {
      // Again: step through the findings one card at a time, then back to the editor.
      const next = card && card.analysis === analysis ? card.index + 1 : 0;
      if (next >= analysis.findings.length) {
        this.closeCard(true);
        this.close(true);
        return;
      }
      this.open.value = null;
      this.openCard({ analysis, index: next, span: 0, line: 0, via: 'keyboard', outcome: null });
      return;
    }
    session.dismissed.value = false;
    this.openPanel('all', true);
  }

  // ---- The card on an underline ----

  private openCard(state: CardState): void {
    if (state.via === 'keyboard') {
      const active = document.activeElement;
      if (!this.returnFocus)
        this.returnFocus =
          active instanceof HTMLElement && !(this.ui && active === this.ui.shadowHost)
            ? active
            : anchorElement(this.watcher.active.value);
      requestAnimationFrame(() => this.cardEl?.focus());
    }
    this.cardLine = null;
    this.card.value = state;
  }

  /** Closes the card; with `restore`, focus goes back to the editor if the card had it. */
  private closeCard(restore: boolean): void {
    window.clearTimeout(this.hoverTimer);
    window.clearTimeout(this.leaveTimer);
    this.leaveTimer = undefined;
    if (!this.card.peek()) return;
    const hadFocus = this.ui !== null && document.activeElement === this.ui.shadowHost;
    this.card.value = null;
    if (this.open.value !== null) return; // the panel keeps its own focus return
    const target = this.returnFocus ?? anchorElement(this.watcher.active.value);
    this.returnFocus = null;
    if (restore && hadFocus && target?.isConnected) target.focus();
  }

  private onPointerMove(e: PointerEvent): void {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    this.pointer = { x: e.clientX, y: e.clientY, path: e.composedPath() };
    // One hit-test per frame however fast the pointer moves.
    if (!this.hoverFrame) this.hoverFrame = requestAnimationFrame(() => this.hover());
  }

  private hover(): void {
    this.hoverFrame = 0;
    const p = this.pointer;
    const session = this.watcher.active.peek();
    const analysis = session?.analysis.peek();
    if (!p || !session || !analysis || session.dismissed.peek()) return;
    const card = this.card.peek();
    if (this.ui && p.path.includes(this.ui.shadowHost)) {
      window.clearTimeout(this.leaveTimer);
      this.leaveTimer = undefined;
      return;
    }
    const inEditor = session.composer.editors.some((ed) => p.path.includes(ed));
    const hit = inEditor ? hitTest(analysis, p.x, p.y) : null;
    window.clearTimeout(this.hoverTimer);
    if (hit && card && card.index === hit.finding && card.span === hit.span) {
      window.clearTimeout(this.leaveTimer);
      this.leaveTimer = undefined;
      return;
    }
    if (hit) {
      this.hoverTimer = window.setTimeout(() => {
        if (session.analysis.peek() !== analysis || this.card.peek()?.outcome) return;
        this.openCard({
          analysis,
          index: hit.finding,
          span: hit.span,
          line: lineOf(analysis, hit),
          via: 'pointer',
          outcome: null,
        });
      }, HOVER_MS);
    }
    if (card?.via === 'pointer' && !card.outcome && this.leaveTimer === undefined)
      this.leaveTimer = window.setTimeout(() => {
        this.leaveTimer = undefined;
        this.closeCard(false);
      }, LEAVE_MS);
  }

  /** A click on an underlined word opens its card at once (the click still places the caret, as always). */
  private onClick(e: MouseEvent): void {
    if (!e.isTrusted) return;
    const session = this.watcher.active.peek();
    const analysis = session?.analysis.peek();
    if (!session || !analysis || session.dismissed.peek()) return;
    const path = e.composedPath();
    if (!session.composer.editors.some((ed) => path.includes(ed))) return;
    const hit = hitTest(analysis, e.clientX, e.clientY);
    if (!hit) return;
    window.clearTimeout(this.hoverTimer);
    this.openCard({
      analysis,
      index: hit.finding,
      span: hit.span,
      line: lineOf(analysis, hit),
      via: 'pointer',
      outcome: null,
    });
  }

  /** The fix the card offers for its finding in the draft as it is now (null: none, or stale). */
  fixFor(card: CardState): Fix | null {
    const session = this.watcher.active.peek();
    const finding = card.analysis.findings[card.index];
    if (!session || !finding || session.scored?.analysis !== card.analysis) return null;
    return fixFor(session.scored.text, finding, card.span, card.analysis.rulesLanguage);
  }

  readonly cardActions: CardActions = {
    setCard: (el) => {
      this.cardEl = el;
    },
    close: () => this.closeCard(true),
    next: () => this.toggleFromKeyboard(),
    apply: (fix) => void this.apply(fix),
    ignoreHere: () => this.ignoreHere(),
    neverForBrand: (scope) => void this.neverForBrand(scope),
  };

  private outcome(outcome: CardState['outcome']): void {
    const card = this.card.peek();
    if (card) this.card.value = { ...card, outcome };
  }

  private async apply(fix: Fix): Promise<void> {
    const session = this.watcher.active.peek();
    if (!session) return;
    const result = await applyInEditor(session, fix, () => this.watcher.read(session));
    this.outcome({ kind: result });
  }

  private ignoreHere(): void {
    const session = this.watcher.active.peek();
    const card = this.card.peek();
    const finding = card?.analysis.findings[card.index];
    if (!session || !finding) return;
    const scope = { rule: finding.rule, phrase: finding.text };
    const before = session.ignored.peek();
    session.ignored.value = [...before, scope];
    this.outcome({
      kind: 'ignored-here',
      undo: () => {
        session.ignored.value = session.ignored.peek().filter((s) => s !== scope);
        this.closeCard(true);
      },
    });
  }

  private async neverForBrand(scope: 'phrase' | 'rule'): Promise<void> {
    const session = this.watcher.active.peek();
    const card = this.card.peek();
    const finding = card?.analysis.findings[card.index];
    if (!session || !finding) return;
    const body: BodyOf<'ignore'> = {
      site: session.composer.site,
      account: session.account.peek(),
      rule: finding.rule,
      ...(scope === 'phrase' ? { phrase: finding.text } : {}),
    };
    const reply = await this.deps.ignore(body);
    if (!reply?.ok) {
      this.outcome({ kind: 'ignore-failed' });
      return;
    }
    session.rescore.value += 1;
    this.outcome({
      kind: 'ignored-brand',
      brand: reply.brand.name,
      undo: () => {
        void this.deps.ignore({ ...body, undo: true }).then((r) => {
          if (!r?.ok) {
            this.outcome({ kind: 'ignore-failed' });
            return;
          }
          session.rescore.value += 1;
          this.closeCard(true);
        });
      },
    });
  }

  private openPanel(focus: PanelFocus, moveFocus: boolean): void {
    if (moveFocus) {
      const active = document.activeElement;
      this.returnFocus =
        active instanceof HTMLElement && !(this.ui && active === this.ui.shadowHost)
          ? active
          : (this.returnFocus ?? anchorElement(this.watcher.active.value));
    }
    this.open.value = focus;
    if (moveFocus) {
      // After Preact rendered the panel (a microtask) and it was placed.
      // The panel itself, not its first button ("Hide for this draft"): a stray Enter must not hide.
      requestAnimationFrame(() => this.panel?.focus());
    }
  }

  /** Closes the panel; with `restore`, focus goes back where it was when the panel took it. */
  private close(restore: boolean): void {
    if (this.open.value === null) return;
    const hadFocus = this.ui !== null && document.activeElement === this.ui.shadowHost;
    this.open.value = null;
    const target = this.returnFocus;
    this.returnFocus = null;
    if (restore && hadFocus && target?.isConnected) target.focus();
  }

  private onKeydown(e: KeyboardEvent): void {
    if (!e.isTrusted || e.key !== 'Escape') return;
    if (this.card.peek()) this.closeCard(true);
    else if (this.open.value !== null) this.close(true);
  }

  private onPointerDown(e: PointerEvent): void {
    if (!e.isTrusted || !this.ui) return;
    if (e.composedPath().includes(this.ui.shadowHost)) return;
    // A click outside: the person moved on; focus goes where they clicked (a click on an underline
    // opens that card again, onClick).
    this.closeCard(false);
    if (this.open.value !== null) this.close(false);
  }

  private async mount(): Promise<void> {
    if (this.mounting) return this.mounting;
    this.mounting = (async () => {
      const ui = await createShadowRootUi<void>(this.ctx, {
        name: HOST_TAG,
        // Inline: WXT leaves the host unstyled (no attributes the page could read); we place our own boxes.
        position: 'inline',
        anchor: document.documentElement,
        append: 'last',
        mode: 'closed',
        css: ANALYSIS_VIEW_CSS + STYLE + CARD_CSS,
        onMount: (container) => {
          // Keep focus in the editor: pressing our buttons must not blur the composer.
          container.addEventListener('mousedown', (e) => e.preventDefault());
          // The tree reads the sessions' signals while it renders; the effect re-renders it whenever
          // one of them changes (Preact's own render is synchronous and diffs, so this is cheap).
          this.stopRender?.();
          this.stopRender = effect(() =>
            render(<OverlayApp overlay={this} watcher={this.watcher} />, container),
          );
        },
        onRemove: () => {
          this.stopRender?.();
          this.stopRender = null;
          const container = this.ui?.uiContainer;
          if (container) render(null, container);
        },
      });
      if (this.ctx.isInvalid) return;
      this.ui = ui;
      ui.mount();
      this.schedule();
    })();
    return this.mounting;
  }

  /** Element refs from the Preact tree, for measuring and placing. */
  setDock = (el: HTMLElement | null): void => {
    this.dock = el;
  };
  setPanel = (el: HTMLElement | null): void => {
    this.panel = el;
  };

  onBadge(key: ScoreKey, e: MouseEvent): void {
    if (this.open.value === key) {
      this.close(true);
      return;
    }
    // A keyboard press on a focused badge (detail 0) moves focus into the panel; a mouse click leaves it.
    this.openPanel(key, e.detail === 0);
  }

  onHandle(e: MouseEvent): void {
    if (this.open.value !== null) this.close(true);
    else this.openPanel('all', e.detail === 0);
  }

  onClose(): void {
    this.close(true);
  }

  onHide(): void {
    const session = this.watcher.active.value;
    this.close(true);
    if (session) session.dismissed.value = true;
  }

  onRestore(): void {
    const session = this.watcher.active.value;
    if (session) session.dismissed.value = false;
  }

  /** Watches the active composer's size (typing grows editors; a dialog may resize). */
  private follow(session: DraftSession | null): void {
    if (session) this.dark.value = isDark(session.anchor);
    this.observe(session ? [composerElement(session.composer), ...session.composer.editors] : []);
  }

  private observe(elements: Element[]): void {
    if (elements.length === this.observed.length && elements.every((el, i) => el === this.observed[i]))
      return;
    for (const el of this.observed) this.resizeObserver.unobserve(el);
    this.observed = elements;
    for (const el of elements) this.resizeObserver.observe(el);
  }

  /** Places the dock and the panel in the next frame (at most once per frame). */
  schedule(): void {
    if (this.frame || !this.ui) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  private layout(): void {
    const ui = this.ui;
    const session = this.watcher.active.value;
    if (!ui || !session || session.isDisposed) return;
    if (!ui.shadowHost.isConnected) ui.mount(); // the page replaced our host's parent's children
    const dock = this.dock;
    if (!dock) return;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const element = composerElement(session.composer);
    // A thread item added or editors remounted since: follow the composer as it is now.
    this.observe([element, ...session.composer.editors]);
    const box = composerBox(session.composer, element, viewport.height);
    const container = toRect(session.composer.container.getBoundingClientRect());
    const obstacles = composerObstacles(session.composer, element, box, viewport);
    const accept = (r: Rect) => this.clearOfPage(r, box, viewport);

    const budget = dock.querySelector<HTMLElement>('.budget');
    const badges = dock.querySelector<HTMLElement>('.badges');
    const handle = dock.querySelector<HTMLElement>('.handle');
    const size = (el: HTMLElement | null) => (el ? { width: el.offsetWidth, height: el.offsetHeight } : null);
    const b = size(budget);
    const g = size(badges);
    const h = size(handle);

    let placed: { rect: Rect; shape: Arrangement } | null = null;
    if (g) {
      this.fullShapes = shapesOf(g, b, box.right - box.left);
      placed = placeDock({ viewport, box, container, obstacles, shapes: this.fullShapes, accept });
      if (!placed) this.collapsed.value = true; // re-rendered as a handle, placed in the next frame
    } else if (this.collapsed.value && this.fullShapes.length > 0) {
      // Collapsed: back to the full dock as soon as it fits again.
      if (placeDock({ viewport, box, container, obstacles, shapes: this.fullShapes, accept }))
        this.collapsed.value = false;
    }
    if (!placed && (h || b)) {
      // The handle (collapsed, or "show again" after hiding), with the budget warning when there is one.
      const shapes = shapesOf(h ?? { width: 0, height: 0 }, b, box.right - box.left);
      placed = placeDock({ viewport, box, container, obstacles, shapes, accept });
      if (!placed) {
        const least = shapes.find((s) => s.id === 'row') ?? shapes[0];
        if (least)
          placed = { shape: least.id, rect: leastBad(least.size, box, container, viewport, obstacles) };
      }
    }
    if (!placed) {
      dock.style.visibility = 'hidden';
    } else {
      // The arrangement is rendered by Preact (a class); a change re-renders and is placed again next frame.
      this.arrangement.value = placed.shape;
      dock.style.visibility = '';
      dock.style.left = `${Math.round(placed.rect.left)}px`;
      dock.style.top = `${Math.round(placed.rect.top)}px`;
    }

    const panel = this.panel;
    if (panel && this.open.value !== null) {
      const submit = session.composer.submit ? toRect(session.composer.submit.getBoundingClientRect()) : null;
      const inComposer = obstacles.filter((o) => o.top >= box.top - GAP && o.bottom <= box.bottom + GAP);
      const r = placePanel({
        viewport,
        box,
        dock: placed?.rect ?? null,
        submit,
        obstacles: inComposer,
        size: { width: Math.min(PANEL_WIDTH, viewport.width - 8), height: panel.scrollHeight + 2 },
      });
      panel.style.left = `${Math.round(r.left)}px`;
      panel.style.top = `${Math.round(r.top)}px`;
      panel.style.width = `${Math.round(r.right - r.left)}px`;
      panel.style.maxHeight = `${Math.round(r.bottom - r.top)}px`;
    }

    const card = this.card.peek();
    const cardEl = this.cardEl;
    if (card && cardEl) {
      const rects = spanRects(drawnRanges(card.analysis, card.index, card.span));
      const at = rects[card.line] ?? rects[0];
      // Without an underline (a textarea, or the draft changed since): below the editor itself.
      const line = at ? toRect(at) : (this.cardLine ?? toRect(session.anchor.getBoundingClientRect()));
      this.cardLine = line;
      const submit = session.composer.submit ? [toRect(session.composer.submit.getBoundingClientRect())] : [];
      const r = placeCard({
        viewport,
        line,
        size: { width: Math.min(CARD_WIDTH, viewport.width - 8), height: cardEl.scrollHeight + 2 },
        obstacles: placed ? [placed.rect, ...submit] : submit,
      });
      cardEl.style.left = `${Math.round(r.left)}px`;
      cardEl.style.top = `${Math.round(r.top)}px`;
      cardEl.style.width = `${Math.round(r.right - r.left)}px`;
      cardEl.style.maxHeight = `${Math.round(r.bottom - r.top)}px`;
      // Shown once it is where it belongs (Preact renders it at 0,0 a frame before).
      cardEl.dataset.placed = '';
    }

    if (EXPOSE_TIMING && this.timing !== null && g) {
      ui.shadowHost.dataset.scoreMs = this.timing.toFixed(1);
      this.timing = null;
    }
  }

  /**
   * `clearOfPage` hit-tests a grid of points, too many to repeat every frame while the page
   * scrolls: a place keeps its answer for a moment, keyed by where it is relative to the composer
   * (what is next to the composer scrolls along with it).
   */
  private clearOfPage(r: Rect, box: Rect, viewport: { width: number; height: number }): boolean {
    const host = this.ui?.shadowHost;
    if (!host) return false;
    const now = performance.now();
    const key = [r.left - box.left, r.top - box.top, r.right - r.left, r.bottom - r.top, box.right - box.left]
      .concat([viewport.width, viewport.height])
      .map(Math.round)
      .join(',');
    const cached = this.hitCache.get(key);
    if (cached && now - cached.at < HIT_CACHE_MS) return cached.clear;
    if (this.hitCache.size > 64) this.hitCache.clear();
    const clear = clearOfPage(r, host, viewport);
    this.hitCache.set(key, { clear, at: now });
    return clear;
  }
}

/**
 * The one-row and the stacked shape of the dock, from the measured badges and budget line; the
 * row first while it is no wider than the composer (wider, it would hang out over the page).
 */
function shapesOf(
  main: { width: number; height: number },
  budget: { width: number; height: number } | null,
  boxWidth: number,
): Shape<Arrangement>[] {
  if (!budget) return [{ id: 'row', size: main }];
  const row: Shape<'row'> = {
    id: 'row',
    size: { width: main.width + GAP + budget.width, height: Math.max(main.height, budget.height) },
  };
  const stack: Shape<'stack'> = {
    id: 'stack',
    size: { width: Math.max(main.width, budget.width), height: main.height + 4 + budget.height },
  };
  return row.size.width <= boxWidth ? [row, stack] : [stack, row];
}

/** Which of the span's line boxes holds the hit (a word broken over two lines has two). */
function lineOf(analysis: Analysis, hit: { finding: number; span: number; line: DOMRect }): number {
  const rects = spanRects(drawnRanges(analysis, hit.finding, hit.span));
  const i = rects.findIndex((r) => r.top === hit.line.top && r.left === hit.line.left);
  return Math.max(0, i);
}

function anchorElement(session: DraftSession | null): HTMLElement | null {
  const anchor = session?.anchor;
  return anchor instanceof HTMLElement ? anchor : null;
}

// ---- The Preact tree ----

function shortLabel(key: ScoreKey): string {
  switch (key) {
    case 'broadcast':
      return i18n.t('overlay.short_broadcast');
    case 'pushiness':
      return i18n.t('overlay.short_pushiness');
    case 'missingValue':
      return i18n.t('overlay.short_missingValue');
  }
}

/** The band as a word for the small badges ("rework"), the cards use the capitalised one. */
function bandWord(band: Band): string {
  switch (band) {
    case 'good':
      return i18n.t('overlay.band_good');
    case 'consider':
      return i18n.t('overlay.band_consider');
    case 'rework':
      return i18n.t('overlay.band_rework');
  }
}

const BAND_ORDER: Record<Band, number> = { good: 0, consider: 1, rework: 2 };

function BudgetLine({ line }: { line: ReturnType<typeof budgetLine> }) {
  return (
    <p
      class={`budget${line.warning ? ' warn' : ''}`}
      data-testid="steady-budget"
      data-warning={line.warning ?? undefined}
      role={line.warning ? 'alert' : 'status'}
    >
      {line.text}
    </p>
  );
}

function Badges({
  analysis,
  overlay,
  chars,
}: {
  analysis: Analysis;
  overlay: Overlay;
  /** The draft's length as the site counts it, after the badges once near the limit. */
  chars: CharCount | null;
}) {
  const open = overlay.open.value;
  return (
    <div class="badges" role="toolbar" aria-label={i18n.t('overlay.label')}>
      {SCORE_KEYS.map((key) => {
        const s = analysis.scores[key];
        return (
          <button
            key={key}
            type="button"
            class={`badge ${s.band}`}
            data-score={key}
            aria-expanded={open === key}
            aria-label={i18n.t('overlay.badge', [scoreLabel(key), String(s.value), bandLabel(s.band)])}
            title={`${scoreLabel(key)}: ${s.value}/100 · ${bandLabel(s.band)}`}
            onClick={trusted((e: MouseEvent) => overlay.onBadge(key, e))}
          >
            <span class="b-line" aria-hidden="true">
              <span class="b-name">{shortLabel(key)}</span> <span class="b-value">{s.value}</span>
              <span class="b-max">/100</span>
            </span>{' '}
            <span class="b-band" aria-hidden="true">
              {bandWord(s.band)}
            </span>
          </button>
        );
      })}
      {chars && <CharCounter count={chars} compact />}
    </div>
  );
}

function Panel({
  session,
  analysis,
  overlay,
}: {
  session: DraftSession;
  analysis: Analysis;
  overlay: Overlay;
}) {
  const focus = overlay.open.value;
  const brand = session.brand.value;
  return (
    <section
      class="panel"
      ref={overlay.setPanel}
      role="dialog"
      aria-label={i18n.t('overlay.title')}
      tabIndex={-1}
      data-focus={focus ?? undefined}
    >
      <header class="p-head">
        <h2>{i18n.t('overlay.title')}</h2>
        <button type="button" class="link" data-action="hide" onClick={trusted(() => overlay.onHide())}>
          {i18n.t('overlay.hide')}
        </button>
        <button
          type="button"
          class="close"
          aria-label={i18n.t('overlay.close')}
          title={i18n.t('overlay.close_hint')}
          onClick={trusted(() => overlay.onClose())}
        >
          ×
        </button>
      </header>
      <p class="p-brand" data-testid="steady-brand">
        {brand ? i18n.t('overlay.brand', [brand.name]) : i18n.t('overlay.builtin')}
      </p>
      {/* The length as the site counts it, always here (the dock shows it near the limit) */}
      {session.chars.value && <CharCounter count={session.chars.value} />}
      <AnalysisView
        analysis={analysis}
        headingLevel={3}
        focus={focus === 'all' ? undefined : (focus ?? undefined)}
      />
    </section>
  );
}

function OverlayApp({ overlay, watcher }: { overlay: Overlay; watcher: ComposerWatcher }) {
  const session = watcher.active.value;
  if (!session || !watcher.enabled.value) return null;
  const analysis = session.analysis.value;
  const dismissed = session.dismissed.value;
  const budget = session.budget.value;
  const arrangement = overlay.arrangement.value;
  const collapsed = overlay.collapsed.value;
  const open = overlay.open.value;
  if (!analysis) return null;
  const line = budget ? budgetLine(budget, session.kind.value, Date.now()) : null;
  // Hidden for this draft: the coaching goes, a budget warning stays, and a handle brings it back.
  const showLine = line !== null && (!dismissed || line.warning !== null);
  const worst = SCORE_KEYS.map((k) => analysis.scores[k]).reduce((a, b) =>
    BAND_ORDER[b.band] > BAND_ORDER[a.band] || (a.band === b.band && b.value > a.value) ? b : a,
  );
  return (
    <div class={`root ${overlay.dark.value ? 'sa-dark' : 'sa-light'}`}>
      <div class={`dock ${arrangement}`} ref={overlay.setDock}>
        {showLine && line && <BudgetLine line={line} />}
        {dismissed ? (
          <button
            type="button"
            class="handle"
            data-testid="steady-restore"
            aria-label={i18n.t('overlay.restore')}
            title={i18n.t('overlay.restore')}
            onClick={trusted(() => overlay.onRestore())}
          >
            Steady
          </button>
        ) : collapsed ? (
          <button
            type="button"
            class={`handle collapsed ${worst.band}`}
            data-testid="steady-handle"
            aria-expanded={open !== null}
            aria-label={i18n.t('overlay.open')}
            title={i18n.t('overlay.open')}
            onClick={trusted((e: MouseEvent) => overlay.onHandle(e))}
          >
            Steady <span class="b-value">{worst.value}</span>
          </button>
        ) : (
          <Badges analysis={analysis} overlay={overlay} chars={session.chars.value} />
        )}
      </div>
      {open !== null && !dismissed && <Panel session={session} analysis={analysis} overlay={overlay} />}
      {!dismissed && <CardView overlay={overlay} session={session} />}
    </div>
  );
}

function CardView({ overlay, session }: { overlay: Overlay; session: DraftSession }) {
  const card = overlay.card.value;
  const finding = card?.analysis.findings[card.index];
  if (!card || !finding) return null;
  return (
    <Card
      state={card}
      finding={finding}
      fix={card.outcome ? null : overlay.fixFor(card)}
      brand={session.brand.value}
      more={card.index + 1 < card.analysis.findings.length}
      actions={overlay.cardActions}
    />
  );
}

/** The page's own scheme: the first opaque background behind the editor, by luminance. */
function isDark(anchor: Element | null): boolean {
  for (
    let el: Element | null = anchor;
    el;
    el = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? null
  ) {
    const bg = getComputedStyle(el).backgroundColor;
    const m = bg.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

const STYLE = `
html, body { margin: 0; padding: 0; }
.root { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --line: #d0d7de; --focus: #0b57d0;
  --good-bg: #dafbe1; --good: #116329; --consider-bg: #fff4c2; --consider: #6b4400; --rework-bg: #ffebe9; --rework: #a40e26; }
.root.sa-dark { --bg: #1c2128; --fg: #e6edf3; --muted: #a3adb8; --line: #444c56; --focus: #8ab4f8;
  --good-bg: #0f2d1a; --good: #7ee2a8; --consider-bg: #3a2a00; --consider: #f2cc60; --rework-bg: #3d0d14; --rework: #ffa3ab; }
.dock { position: fixed; left: 0; top: 0; z-index: 2147483646; display: flex; gap: ${GAP}px; align-items: center; }
.dock.stack { flex-direction: column; align-items: flex-end; gap: 4px; }
button { font: inherit; color: inherit; cursor: pointer; margin: 0; }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.badges { display: flex; gap: 4px; flex: none; }
.badge { display: inline-flex; flex-direction: column; align-items: flex-start;
  padding: 2px 7px 3px; border-radius: 8px; border: 1px solid currentColor; text-align: left; line-height: 1.15;
  box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); white-space: nowrap; }
.badge.good { background: var(--good-bg); color: var(--good); }
.badge.consider { background: var(--consider-bg); color: var(--consider); }
.badge.rework { background: var(--rework-bg); color: var(--rework); }
.b-name { font-size: 11px; font-weight: 600; }
.b-value { font-size: 13px; font-weight: 700; }
.b-max { font-size: 10px; font-weight: 600; }
.b-band { font-size: 10px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.budget { margin: 0; padding: 3px 9px; border-radius: 999px; font-size: 12px; white-space: nowrap; flex: none;
  background: var(--bg); color: var(--muted); border: 1px solid var(--line); box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
.budget.warn { color: var(--fg); border-color: var(--rework); font-weight: 600; }
.budget.warn::before { content: "⚠ "; color: var(--rework); }
/* The warning says what to do too ("Next free slot: …"), on two lines if need be */
.budget.warn { white-space: normal; max-width: 24em; border-radius: 12px; }
.handle { padding: 4px 10px; border-radius: 999px; border: 1px solid var(--line); background: var(--bg); color: var(--fg);
  font-size: 12px; font-weight: 600; box-shadow: 0 1px 3px rgb(0 0 0 / 0.15); white-space: nowrap; flex: none; }
.handle.collapsed { border-width: 2px; }
.handle.collapsed.good { border-color: var(--good); } .handle.collapsed.consider { border-color: var(--consider); }
.handle.collapsed.rework { border-color: var(--rework); }
.panel:focus { outline: none; } .panel:focus-visible { outline: 2px solid var(--focus); }
.panel { position: fixed; left: 0; top: 0; z-index: 2147483647; box-sizing: border-box; width: ${PANEL_WIDTH}px; overflow: auto;
  overscroll-behavior: contain; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;
  padding: 8px 12px 10px; box-shadow: 0 8px 24px rgb(0 0 0 / 0.2); }
.p-head { display: flex; align-items: center; gap: 8px; position: sticky; top: -8px; margin: -8px -12px 4px;
  padding: 8px 12px 6px; background: var(--bg); border-bottom: 1px solid var(--line); z-index: 1; }
.p-head h2 { font-size: 14px; margin: 0; flex: 1; }
.link { background: none; border: 1px solid var(--line); border-radius: 6px; padding: 2px 8px; font-size: 12px; }
.close { background: none; border: 1px solid transparent; border-radius: 6px; font-size: 18px; line-height: 1; padding: 2px 7px; }
.close:hover, .link:hover { border-color: var(--muted); }
.p-brand { margin: 0 0 6px; font-size: 12px; color: var(--muted); }
.panel .steady-analysis { font-size: 13px; }
`;
