import { signal } from '@preact/signals-core';
import type { BudgetStatus, PostKind } from '../../lib/budget/types';
import type { CharCount } from '../../lib/count/types';
import type { BrandRef } from '../../lib/protocol';
import type { Analysis, IgnoreScope } from '../../lib/scoring/types';
import type { Composer, EditorText } from '../../lib/sites/types';

/** How thread items are joined into one draft: they read as separate paragraphs. */
export const THREAD_SEPARATOR = '\n\n';

/** A publish intent waiting for the site's confirmation (entrypoints/content/publish.ts). */
export interface PendingPublish {
  id: string;
  kind: PostKind;
  account: string;
}

/**
 * One open composer and everything known about its draft. The watcher (watcher.ts) creates it when
 * the composer appears and writes what it reads from the page (`text`, `parts`, `account`, `kind`);
 * the coach (coach.ts) writes what the background answers (`analysis`, `budget`, `brand`); the
 * publish tracker writes `pending`; the overlay only reads. Nobody re-reads the page to learn
 * what a session already holds.
 */
export class DraftSession {
  /** Plain, not a signal: the site may remount the editors in the same container (watcher.ts). */
  composer: Composer;
  readonly text = signal('');
  readonly parts = signal<readonly EditorText[]>([]);
  /** The acting account as the adapter reads it ('' when the page does not show it). */
  readonly account = signal('');
  readonly kind = signal<'post' | 'reply'>('post');
  /** The scores of the current text; null while the editor is blank or before the first answer. */
  readonly analysis = signal<Analysis | null>(null);
  readonly budget = signal<BudgetStatus | null>(null);
  /** The brand whose rules scored the draft, for the panel to name (null: the built-in rules only). */
  readonly brand = signal<BrandRef | null>(null);
  /** The draft's length as its site counts it, from the same answer as `analysis` (issue 10: counter). */
  readonly chars = signal<CharCount | null>(null);
  /** The person hid the coaching for this draft; it comes back with a new (cleared) draft or the handle. */
  readonly dismissed = signal(false);
  readonly pending = signal<PendingPublish | null>(null);
  /** "Ignore here" (issue 10): what the person ignored in this draft only; sent with every score request. */
  readonly ignored = signal<readonly IgnoreScope[]>([]);
  /** Bumped to score the same text again (the brand's ignores changed from the card). */
  readonly rescore = signal(0);
  /**
   * The latest scores and the exact text they are for. Unlike `analysis` it survives the editor
   * being cleared, since the publish tracker asks for it after the site emptied the box.
   */
  scored: { text: string; analysis: Analysis } | null = null;
  private readonly cleanups: Array<() => void> = [];
  private disposed = false;

  constructor(composer: Composer) {
    this.composer = composer;
    this.kind.value = composer.kind;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** The element the overlay follows: the last editor (the newest thread item), else the container. */
  get anchor(): Element {
    return this.composer.editors[this.composer.editors.length - 1] ?? this.composer.container;
  }

  /** Runs `cleanup` when the composer leaves the page or the coach is switched off. */
  onDispose(cleanup: () => void): void {
    if (this.disposed) cleanup();
    else this.cleanups.push(cleanup);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}
