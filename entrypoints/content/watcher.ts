import { batch, signal } from '@preact/signals-core';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readEditorText } from '../../lib/sites/read-text';
import type { Composer, SiteAdapter } from '../../lib/sites/types';
import { DraftSession, THREAD_SEPARATOR } from './session';

/**
 * The one place that finds composers and reads drafts. It only observes: it never changes a node
 * inside an editor or the site's containers, never calls preventDefault on the site's events and
 * never moves focus.
 *
 * Why these triggers (SITES.md "Finding composers", "When to read"): composers mount without
 * navigation (portals, dialogs, shadow roots), so a MutationObserver on each root plus
 * capture-phase focusin finds them; Lexical and Draft.js do not fire `input` per keystroke, so
 * each editor is watched with its own MutationObserver and read 300 ms after the last change.
 *
 * Submit intent is seen here once, for everyone (the coach scores once more, the publish tracker
 * snapshots the post): one capture-phase passive click listener and one keydown listener, trusted
 * input only. A page script can call `click()` on the post button or dispatch keys as often as it
 * likes (issue 11: 30 synthetic clicks were 30 posts); only the browser makes trusted events.
 * Nobody scans the page per click: the sessions already know each composer's submit button. A click
 * (or Enter/Space) on a button no session knows looks again only when the sessions may be behind the
 * page: a scan is pending (a composer mounted a moment ago) or the click is inside a composer (the
 * site re-rendered its button).
 */

/** Read (and so re-score) this long after the last change in an editor. */
export const RESCORE_DELAY_MS = 300;
/** Batch page mutations before looking for composers again. */
const SCAN_DELAY_MS = 150;

export type IntentListener = (session: DraftSession) => void;

export class ComposerWatcher {
  /** Every open composer, in page order; changes only when one appears or leaves. */
  readonly sessions = signal<readonly DraftSession[]>([]);
  /** The composer the person writes in (the last one focused, or the last one scored). */
  readonly active = signal<DraftSession | null>(null);
  /** Whether Steady runs on this site (the per-site switch). */
  readonly enabled = signal(false);

  private readonly byContainer = new Map<Element, DraftSession>();
  private readonly rootObservers = new Map<Document | ShadowRoot, MutationObserver>();
  private readonly intentListeners: IntentListener[] = [];
  /** Per session: stops watching its current editors (replaced when the site remounts them). */
  private readonly editorWatches = new WeakMap<DraftSession, AbortController>();
  private scanTimer: number | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly adapter: SiteAdapter,
    /** Whether a node is the extension's own UI (its changes never mean a new composer). */
    private readonly isOurs: (node: Node) => boolean,
  ) {}

  start(): void {
    const doc = document;
    // Capture phase, passive: we see focus, clicks and keys before the site, and change nothing.
    const options = { capture: true, passive: true } as const;
    this.ctx.addEventListener(doc, 'focusin', (e) => this.onFocus(e), options);
    this.ctx.addEventListener(doc, 'click', (e) => this.onClick(e), options);
    this.ctx.addEventListener(doc, 'keydown', (e) => this.onKeydown(e), options);
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.scheduleScan());
    this.ctx.onInvalidated(() => this.setEnabled(false));
  }

  /** Turns the coach on or off (the per-site switch); off forgets every composer. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled.value) return;
    if (enabled) {
      this.enabled.value = true;
      this.observeRoots();
      this.scanNow();
      return;
    }
    batch(() => {
      this.enabled.value = false;
      this.active.value = null;
      for (const session of this.byContainer.values()) session.dispose();
      this.byContainer.clear();
      this.sessions.value = [];
    });
    for (const o of this.rootObservers.values()) o.disconnect();
    this.rootObservers.clear();
    if (this.scanTimer !== undefined) clearTimeout(this.scanTimer);
    this.scanTimer = undefined;
  }

  /** Called with the composer a trusted submit intent is for, before the site's own handler runs. */
  onIntent(listener: IntentListener): void {
    this.intentListeners.push(listener);
  }

  /** Reads a session's draft and account from the page now (otherwise the watcher reads after edits). */
  read(session: DraftSession): void {
    if (session.isDisposed) return;
    const parts = session.composer.editors.map((editor) => readEditorText(editor));
    batch(() => {
      session.parts.value = parts;
      session.text.value = parts.map((p) => p.text).join(THREAD_SEPARATOR);
      session.account.value = this.accountOf(session.composer);
    });
  }

  /** Finds composers, starts watching new ones and forgets those that left the page. */
  scanNow(): void {
    if (!this.enabled.value) return;
    if (this.scanTimer !== undefined) clearTimeout(this.scanTimer);
    this.scanTimer = undefined;
    this.observeRoots(); // a shadow root (LinkedIn) may have appeared since the last scan
    const found = this.adapter.findComposers(document).filter((c) => !c.editors.some(isOptedOut));
    const seen = new Set<Element>();
    const added: DraftSession[] = [];
    const remounted: DraftSession[] = [];
    for (const composer of found) {
      seen.add(composer.container);
      const session = this.byContainer.get(composer.container);
      if (!session) {
        added.push(this.watch(new DraftSession(composer)));
        continue;
      }
      const same = sameEditors(session.composer, composer);
      session.composer = composer;
      session.kind.value = composer.kind;
      if (same) continue;
      // The site remounted the editors inside the same container: the draft and its state carry over,
      // the new editors are watched and read (their text nodes are new, for the highlights).
      this.observeEditors(session);
      remounted.push(session);
    }
    for (const session of remounted) this.read(session);
    const gone: DraftSession[] = [];
    for (const [container, session] of this.byContainer) {
      if (!seen.has(container) || !container.isConnected) gone.push(session);
    }
    if (added.length === 0 && gone.length === 0) return;
    batch(() => {
      for (const session of gone) {
        this.byContainer.delete(session.composer.container);
        if (this.active.value === session) this.active.value = null;
        session.dispose();
      }
      this.sessions.value = [...this.byContainer.values()];
    });
    // A composer that opens with a draft in it (a saved draft, a reply prefill) is read at once.
    for (const session of added) this.read(session);
  }

  private watch(session: DraftSession): DraftSession {
    this.byContainer.set(session.composer.container, session);
    this.observeEditors(session);
    return session;
  }

  /** One MutationObserver per editor (and `input` for textareas), read RESCORE_DELAY_MS after the last change. */
  private observeEditors(session: DraftSession): void {
    const previous = this.editorWatches.get(session);
    previous?.abort();
    const controller = new AbortController();
    this.editorWatches.set(session, controller);
    let timer: number | undefined;
    const edited = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = this.ctx.setTimeout(() => {
        timer = undefined;
        this.read(session);
      }, RESCORE_DELAY_MS);
    };
    const observers = session.composer.editors.map((editor) => {
      const observer = new MutationObserver(edited);
      observer.observe(editor, { childList: true, characterData: true, subtree: true });
      if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
        // A textarea's value changes without DOM mutations.
        editor.addEventListener('input', edited, { passive: true, signal: controller.signal });
      }
      return observer;
    });
    controller.signal.addEventListener('abort', () => {
      for (const o of observers) o.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    });
    if (!previous) session.onDispose(() => this.editorWatches.get(session)?.abort());
  }

  private observeRoots(): void {
    for (const root of this.adapter.roots(document)) {
      if (this.rootObservers.has(root)) continue;
      const observer = new MutationObserver((records) => {
        // Our own host coming and going does not matter; everything else may add or remove a composer.
        if (records.every((r) => this.isOurs(r.target) || onlyOurs(r, this.isOurs))) return;
        this.scheduleScan();
      });
      observer.observe(root, { childList: true, subtree: true });
      this.rootObservers.set(root, observer);
    }
  }

  private scheduleScan(): void {
    if (!this.enabled.value || this.scanTimer !== undefined) return;
    this.scanTimer = this.ctx.setTimeout(() => {
      this.scanTimer = undefined;
      this.scanNow();
    }, SCAN_DELAY_MS);
  }

  /** The session whose container, editors or submit button the event went through. */
  private sessionFor(target: EventTarget | null, path: readonly EventTarget[]): DraftSession | undefined {
    for (const session of this.byContainer.values()) {
      const { container, editors, submit } = session.composer;
      for (const node of path) {
        if (node === container || node === submit || editors.includes(node as HTMLElement)) return session;
      }
      if (target instanceof Node && container.contains(target)) return session;
    }
    return undefined;
  }

  private onFocus(e: FocusEvent): void {
    if (!this.enabled.value) return;
    const path = e.composedPath();
    let session = this.sessionFor(e.target, path);
    if (!session) {
      // The focused element may be a composer that mounted a moment ago.
      this.scanNow();
      session = this.sessionFor(e.target, path);
    }
    if (!session || !session.composer.editors.some((editor) => path.includes(editor))) return;
    if (this.active.value !== session) {
      // The account may have changed while the composer was in the background.
      session.account.value = this.accountOf(session.composer);
      this.active.value = session;
    }
  }

  /** A trusted click whose path holds a composer's submit button (through open shadow roots: composedPath). */
  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || !this.enabled.value) return;
    const path = e.composedPath();
    let session = this.withSubmitIn(path);
    if (!session && this.mayBeStale(path)) {
      this.scanNow();
      session = this.withSubmitIn(path);
    }
    if (session?.composer.submit && !isDisabled(session.composer.submit)) this.intent(session);
  }

  /**
   * Whether the sessions may not know the button an event went to: the page changed since the last
   * scan (a composer mounted a moment ago; the MutationObserver scan runs SCAN_DELAY_MS later), or the
   * event is inside a composer whose button the site may have re-rendered. Only then does an intent
   * look at the page again; any other click or key costs nothing.
   */
  private mayBeStale(path: readonly EventTarget[]): boolean {
    return this.scanTimer !== undefined || this.sessionFor(null, path) !== undefined;
  }

  private onKeydown(e: KeyboardEvent): void {
    const enter = e.key === 'Enter' || e.keyCode === 13;
    const space = e.key === ' ' || e.code === 'Space';
    if ((!enter && !space) || !e.isTrusted || e.isComposing || !this.enabled.value) return;
    const path = e.composedPath();
    const first = path[0];
    // A space typed into an editor is writing, not a button press.
    if (!enter && first instanceof HTMLElement && isEditable(first)) return;
    const inEditorOf = () =>
      this.sessions.value.find((s) => s.composer.editors.some((editor) => path.includes(editor)));
    let onButton = this.withSubmitIn(path);
    let inEditor = onButton ? undefined : inEditorOf();
    if (!onButton && !inEditor && this.mayBeStale(path)) {
      this.scanNow(); // as for clicks: a composer or button we may not know yet
      onButton = this.withSubmitIn(path);
      inEditor = onButton ? undefined : inEditorOf();
    }
    if (onButton?.composer.submit) {
      // Enter or Space on the focused button (Meta's div[role=button] posts on keydown).
      if (!isDisabled(onButton.composer.submit) && !e.ctrlKey && !e.metaKey && !e.altKey)
        this.intent(onButton);
      return;
    }
    if (inEditor && this.adapter.isSubmitKey(e, inEditor.composer)) this.intent(inEditor);
  }

  private withSubmitIn(path: readonly EventTarget[]): DraftSession | undefined {
    return this.sessions.value.find((s) => s.composer.submit !== null && path.includes(s.composer.submit));
  }

  private intent(session: DraftSession): void {
    if (this.scanTimer !== undefined || session.composer.editors.some((editor) => !editor.isConnected)) {
      // The page changed since the last scan (a thread item added a moment ago, editors remounted):
      // snapshot the composer as it is now.
      this.scanNow();
      if (session.isDisposed) return;
    }
    for (const listener of this.intentListeners) listener(session);
  }

  /** The posting account as the site shows it ('' when the adapter cannot read it). */
  accountOf(composer: Composer): string {
    try {
      return this.adapter.account(document, composer);
    } catch {
      return '';
    }
  }
}

function onlyOurs(record: MutationRecord, isOurs: (node: Node) => boolean): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOurs);
}

function sameEditors(a: Composer, b: Composer): boolean {
  return a.editors.length === b.editors.length && a.editors.every((e, i) => e === b.editors[i]);
}

/** Fields that ask writing assistants to stay away (Grammarly's opt-out attributes). */
function isOptedOut(editor: HTMLElement): boolean {
  return editor.closest('[data-gramm="false"], [data-enable-grammarly="false"]') !== null;
}

export function isDisabled(el: HTMLElement): boolean {
  return (
    el.getAttribute('aria-disabled') === 'true' ||
    el.hasAttribute('disabled') ||
    (el instanceof HTMLButtonElement && el.disabled)
  );
}

export function isEditable(el: HTMLElement): boolean {
  return el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement;
}
