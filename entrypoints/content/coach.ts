import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DraftKind, DraftReply, TabDraftReply } from '../../lib/protocol';
import type { Analysis } from '../../lib/scoring/types';
import { readEditorText } from '../../lib/sites/read-text';
import type { Composer, EditorText, SiteAdapter } from '../../lib/sites/types';
import { clearHighlights, drawHighlights } from './highlights';
import { Overlay } from './overlay';

/**
 * The compose-box coach on one page. It only observes: it never changes a node inside an
 * editor or the site's containers, never calls preventDefault on the site's events and never
 * moves focus. Its UI lives in its own shadow root (`steady-overlay`).
 *
 * Why these triggers (SITES.md "Finding composers", "When to read"): composers mount without
 * navigation (portals, dialogs, shadow roots), so a MutationObserver on each root plus
 * capture-phase focusin finds them; Lexical and Draft.js do not fire `input` per keystroke, so
 * each editor is watched with its own MutationObserver and read 300 ms after the last change.
 */

/** Re-score this long after the last change in an editor. */
export const RESCORE_DELAY_MS = 300;
/** Batch page mutations before looking for composers again. */
const SCAN_DELAY_MS = 150;

interface ComposerState {
  composer: Composer;
  observers: MutationObserver[];
  timer: number | undefined;
  /** Increases with every request, so a late reply for old text is dropped. */
  seq: number;
  text: string;
  parts: EditorText[];
  analysis: Analysis | null;
  /** The last scores and the exact text they are for (kept when the editor clears, for the publish tracker). */
  scored: { text: string; analysis: Analysis } | null;
  /** The brand whose rules scored `analysis` (null: built-in rules only), for the panel to name. */
  brand: DraftReply['brand'];
  /** The user hid the coach for this draft; it comes back when the editor is cleared. */
  dismissed: boolean;
}

export interface Scorer {
  /**
   * One round trip per rescore: the analysis (with the rules of the account's brand) and the
   * account's budget; `''` asks for the budget only. Null when the background cannot answer.
   */
  draft(text: string, account: string, kind: DraftKind): Promise<DraftReply | null>;
  /** Wakes the service worker and loads the scorer, so the first score after focus is quick. */
  warm(): void;
}

export class Coach {
  private readonly states = new Map<Element, ComposerState>();
  private active: ComposerState | null = null;
  private readonly overlay: Overlay;
  private readonly rootObservers = new Map<Document | ShadowRoot, MutationObserver>();
  private scanTimer: number | undefined;
  private enabled = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter,
    private readonly scorer: Scorer,
  ) {
    this.overlay = new Overlay({
      onDismiss: () => this.dismiss(),
    });
  }

  /** Turns the coach on or off (the per-site switch); off removes every trace from the page. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (enabled) {
      this.observeRoots();
      this.scan();
    } else {
      for (const state of this.states.values()) this.forget(state);
      this.states.clear();
      this.active = null;
      for (const o of this.rootObservers.values()) o.disconnect();
      this.rootObservers.clear();
      this.overlay.hide();
      clearHighlights();
    }
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  start(): void {
    const doc = document;
    // Capture phase, passive: we see focus and clicks before the site, and change nothing.
    this.ctx.addEventListener(doc, 'focusin', (e) => this.onFocus(e), { capture: true, passive: true });
    this.ctx.addEventListener(doc, 'click', (e) => this.onSubmitIntent(e), { capture: true, passive: true });
    this.ctx.addEventListener(doc, 'keydown', (e) => this.onKeydown(e), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleScan());
    const reposition = () => this.overlay.reposition();
    this.ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
    this.ctx.addEventListener(window, 'resize', reposition, { passive: true });
    this.ctx.setInterval(() => void this.refreshBudget(), 60_000);
    this.ctx.onInvalidated(() => {
      this.setEnabled(false);
      this.overlay.destroy();
    });
  }

  /** The keyboard command: opens the panel of the active composer and moves focus into it. */
  togglePanel(): void {
    if (this.enabled && this.active?.analysis) this.overlay.toggleFromKeyboard();
  }

  /** The focused composer's draft, for the popup. */
  draft(): TabDraftReply['draft'] {
    const state = this.active ?? [...this.states.values()].find((s) => s.text.trim() !== '') ?? null;
    if (!state) return null;
    this.read(state);
    return { text: state.text, platform: this.adapter.id, analysis: state.analysis };
  }

  /** The composers on the page right now (a fresh look; opted-out fields excluded), for the publish tracker. */
  composersNow(): Composer[] {
    return this.adapter.findComposers(document).filter((c) => !c.editors.some(isOptedOut));
  }

  /** The latest scores of a composer's draft and the text they are for, for the publish tracker. */
  lastScored(container: Element): { text: string; analysis: Analysis } | null {
    return this.states.get(container)?.scored ?? null;
  }

  private observeRoots(): void {
    for (const root of this.adapter.roots(document)) {
      if (this.rootObservers.has(root)) continue;
      const observer = new MutationObserver((records) => {
        // Our own host changes do not matter; everything else may add or remove a composer.
        if (records.every((r) => this.overlay.contains(r.target))) return;
        this.scheduleScan();
      });
      observer.observe(root, { childList: true, subtree: true });
      this.rootObservers.set(root, observer);
    }
  }

  private scheduleScan(): void {
    if (!this.enabled || this.scanTimer !== undefined) return;
    this.scanTimer = this.ctx.setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  /** Finds composers, starts watching new ones and forgets those that left the page. */
  scan(): void {
    if (!this.enabled) return;
    this.observeRoots(); // a shadow root (LinkedIn) may have appeared since the last scan
    const found = this.composersNow();
    const seen = new Set<Element>();
    for (const composer of found) {
      seen.add(composer.container);
      const state = this.states.get(composer.container);
      if (state && sameEditors(state.composer, composer)) {
        state.composer = composer;
        continue;
      }
      const fresh = this.watch(composer);
      if (state) {
        // The site remounted the editors inside the same container: carry the state over.
        this.forget(state);
        fresh.dismissed = state.dismissed;
        if (this.active === state) this.active = fresh;
      }
    }
    for (const [container, state] of this.states) {
      if (!seen.has(container) || !container.isConnected) {
        this.forget(state);
        this.states.delete(container);
        if (this.active === state) {
          this.active = null;
          this.overlay.hide();
          clearHighlights();
        }
      }
    }
    if (this.active) this.overlay.reposition();
  }

  private watch(composer: Composer): ComposerState {
    const state: ComposerState = {
      composer,
      observers: [],
      timer: undefined,
      seq: 0,
      text: '',
      parts: [],
      analysis: null,
      scored: null,
      brand: null,
      dismissed: false,
    };
    for (const editor of composer.editors) {
      const observer = new MutationObserver(() => this.onEdit(state));
      observer.observe(editor, { childList: true, characterData: true, subtree: true });
      state.observers.push(observer);
      if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
        // A textarea's value changes without DOM mutations.
        this.ctx.addEventListener(editor, 'input', () => this.onEdit(state), { passive: true });
      }
    }
    this.states.set(composer.container, state);
    // A composer that opens with a draft in it (a saved draft, a reply prefill) is scored at once.
    this.read(state);
    if (state.text.trim() !== '') this.onEdit(state);
    return state;
  }

  private forget(state: ComposerState): void {
    for (const o of state.observers) o.disconnect();
    state.observers = [];
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = undefined;
  }

  private stateFor(target: EventTarget | null, path: readonly EventTarget[]): ComposerState | undefined {
    for (const state of this.states.values()) {
      const { container, editors, submit } = state.composer;
      for (const node of path) {
        if (node === container || node === submit || editors.includes(node as HTMLElement)) return state;
      }
      if (target instanceof Node && container.contains(target)) return state;
    }
    return undefined;
  }

  private onFocus(e: FocusEvent): void {
    if (!this.enabled) return;
    const path = e.composedPath();
    let state = this.stateFor(e.target, path);
    if (!state) {
      // The focused element may be a composer that mounted a moment ago.
      this.scan();
      state = this.stateFor(e.target, path);
    }
    if (!state || !state.composer.editors.some((ed) => path.includes(ed))) return;
    this.activate(state);
    this.scorer.warm();
  }

  private activate(state: ComposerState): void {
    if (this.active === state) return;
    this.active = state;
    this.render(state);
    void this.refreshBudget();
  }

  /**
   * "2 of 3 today · last post 47 min ago" for the account that would post from the active
   * composer. Asked again after each score and once a minute, so the minutes stay true.
   */
  async refreshBudget(): Promise<void> {
    const state = this.active;
    if (!state || !this.enabled) return;
    const account = accountOf(this.adapter, state.composer);
    const reply = await this.scorer.draft('', account, state.composer.kind);
    if (this.active === state) this.overlay.setBudget(reply?.budget ?? null, state.composer.kind);
  }

  private onEdit(state: ComposerState): void {
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = this.ctx.setTimeout(() => {
      state.timer = undefined;
      void this.rescore(state);
    }, RESCORE_DELAY_MS);
  }

  /** Submit intent: the site's post button, or Ctrl/Cmd+Enter in an editor. Score once more. */
  private onSubmitIntent(e: MouseEvent): void {
    if (!this.enabled) return;
    const path = e.composedPath();
    for (const state of this.states.values()) {
      const { submit } = state.composer;
      if (submit && path.includes(submit)) void this.rescore(state);
    }
  }

  private onKeydown(e: KeyboardEvent): void {
    if (!this.enabled || e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
    const state = this.stateFor(e.target, e.composedPath());
    if (state) void this.rescore(state);
  }

  private read(state: ComposerState): void {
    state.parts = state.composer.editors.map((ed) => readEditorText(ed));
    // Thread items are joined by a blank line, as they read as separate paragraphs.
    state.text = state.parts.map((p) => p.text).join(THREAD_SEPARATOR);
  }

  async rescore(state: ComposerState): Promise<void> {
    if (!this.enabled) return;
    this.read(state);
    const seq = ++state.seq;
    if (state.text.trim() === '') {
      state.analysis = null;
      state.dismissed = false; // a cleared editor is a new draft
      if (this.active === state) this.render(state);
      return;
    }
    const text = state.text;
    const started = performance.now();
    const { kind } = state.composer;
    // The account is read at every rescore: the person may have switched accounts meanwhile.
    const reply = await this.scorer.draft(text, accountOf(this.adapter, state.composer), kind);
    if (!reply?.analysis || seq !== state.seq || !this.enabled) return;
    state.analysis = reply.analysis;
    state.brand = reply.brand;
    state.scored = { text, analysis: reply.analysis };
    if (!this.active || !this.active.composer.container.isConnected) this.active = state;
    if (this.active === state) {
      this.render(state);
      // From reading the draft to the painted scores, for `npm run bench` (on our own element).
      this.overlay.setTiming(performance.now() - started);
      this.overlay.setBudget(reply.budget, kind);
    }
  }

  private render(state: ComposerState): void {
    if (!state.analysis || state.dismissed) {
      this.overlay.hide();
      clearHighlights();
      return;
    }
    const anchor = state.composer.editors[state.composer.editors.length - 1] ?? state.composer.container;
    this.overlay.show(state.analysis, anchor, state.brand);
    drawHighlights(state.analysis, state.parts, THREAD_SEPARATOR.length);
  }

  private dismiss(): void {
    const state = this.active;
    if (!state) return;
    state.dismissed = true;
    this.overlay.hide();
    clearHighlights();
  }
}

export const THREAD_SEPARATOR = '\n\n';

/** The posting account as the site shows it ('' when the adapter cannot read it). */
function accountOf(adapter: SiteAdapter, composer: Composer): string {
  try {
    return adapter.account(document, composer);
  } catch {
    return '';
  }
}

function sameEditors(a: Composer, b: Composer): boolean {
  return a.editors.length === b.editors.length && a.editors.every((e, i) => e === b.editors[i]);
}

/** Fields that ask writing assistants to stay away (Grammarly's opt-out attributes). */
function isOptedOut(editor: HTMLElement): boolean {
  return editor.closest('[data-gramm="false"], [data-enable-grammarly="false"]') !== null;
}
