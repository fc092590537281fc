import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { PLATFORM_NAMES } from '../lib/core';
import type { Settings } from '../lib/settings/types';
import { BudgetMeter } from './budget-meter';
import type { AccountRow, UnassignedAccount } from './budget-model';

/** Up to this many brands get a button each (one click); more get a list to pick from first. */
const MAX_BUTTONS = 3;

/** What assigning did: saved, or why not (already in the UI language). */
export type AssignResult = { ok: true } | { ok: false; reason: string };

export interface UnassignedAccountsProps {
  accounts: readonly UnassignedAccount[];
  settings: Settings;
  /** Adds the account to the brand through the settings' save path (validated there). */
  assign: (brandId: string, account: UnassignedAccount) => Promise<AssignResult>;
  /**
   * Where "set up a brand first" sends people (the welcome page's setup), when there is no brand.
   * Without it (on the options page, where brands are made) the list says what a brand will add.
   */
  openSetup?: () => void;
  headingLevel?: 2 | 3;
  /** Today's counters by account key (the popup), shown as a budget bar above the buttons. */
  today?: ReadonlyMap<string, AccountRow>;
  /** The UI language, for times in the budget bar. */
  lang?: string;
  /** Rendered after the list (the popup puts the unassigned accounts' week chart there). */
  children?: ComponentChildren;
}

function brandLabel(settings: Settings, brandId: string): string {
  const i = settings.brands.findIndex((b) => b.id === brandId);
  return settings.brands[i]?.name.trim() || String(i + 1);
}

/**
 * Accounts Steady saw posting that belong to no brand (so they get the default budget and the
 * active brand's rules). Each has one button per brand, "Add to <brand>": one click adds the
 * account to that brand's accounts and saves, and the account moves to its brand. With many brands
 * a list picks the brand first; the active brand is preselected.
 */
export function UnassignedAccounts({
  accounts,
  settings,
  assign,
  openSetup,
  headingLevel = 3,
  today,
  lang = 'en',
  children,
}: UnassignedAccountsProps) {
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  // The row that had focus is gone after a successful assignment: focus lands on the outcome.
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  if (accounts.length === 0 && !message && !children) return null;

  const run = async (brandId: string, account: UnassignedAccount) => {
    setBusy(account.key);
    const result = await assign(brandId, account).catch(
      (e: unknown): AssignResult => ({ ok: false, reason: e instanceof Error ? e.message : String(e) }),
    );
    setBusy(null);
    const brand = brandLabel(settings, brandId);
    setMessage(
      result.ok
        ? { ok: true, text: i18n.t('budget.unassigned.done', [account.handle, brand]) }
        : { ok: false, text: i18n.t('budget.unassigned.failed', [account.handle, brand, result.reason]) },
    );
  };

  return (
    <section class="unassigned" aria-labelledby="unassigned-heading">
      <Heading id="unassigned-heading">{i18n.t('budget.unassigned.heading')}</Heading>
      {message && (
        <p
          ref={messageRef}
          tabindex={-1}
          class={message.ok ? 'notice' : 'alert'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="assign-message"
        >
          {message.text}
        </p>
      )}
      {accounts.length > 0 && <p class="hint">{i18n.t('budget.unassigned.hint')}</p>}
      {accounts.length > 0 && settings.brands.length === 0 && (
        <p>
          {openSetup ? i18n.t('budget.unassigned.no_brands') : i18n.t('budget.unassigned.no_brands_here')}{' '}
          {openSetup && (
            <button type="button" class="link" onClick={openSetup}>
              {i18n.t('budget.setup')}
            </button>
          )}
        </p>
      )}
      {accounts.length > 0 && (
        <ul class="ua-list">
          {accounts.map((a) => {
            const row = today?.get(a.key);
            return (
              <li key={a.key} class="ua-item" data-account={a.key}>
                {row ? <BudgetMeter row={row} id={`ua-${cssId(a.key)}-today`} lang={lang} as="div" /> : null}
                <p class="ua-name">
                  {/* With a budget bar, the bar names the account already; the id keeps buttons described. */}
                  <span class={row ? 'visually-hidden' : 'ua-handle'} id={`ua-${cssId(a.key)}`}>
                    {row ? i18n.t('budget.unassigned.account', [a.handle, PLATFORM_NAMES[a.site]]) : a.handle}
                  </span>
                  {row ? null : (
                    <span class="muted">
                      {' '}
                      {i18n.t('budget.unassigned.on_site', [PLATFORM_NAMES[a.site]])} ·{' '}
                    </span>
                  )}
                  <span class="muted ua-seen">
                    {i18n.t('budget.unassigned.seen', [String(a.posts), String(a.replies)])}
                  </span>
                </p>
                {settings.brands.length > 0 && (
                  <AssignControls
                    account={a}
                    settings={settings}
                    busy={busy === a.key}
                    onAssign={(brandId) => void run(brandId, a)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      {children}
    </section>
  );
}

function AssignControls(props: {
  account: UnassignedAccount;
  settings: Settings;
  busy: boolean;
  onAssign: (brandId: string) => void;
}) {
  const { settings, account } = props;
  const labelId = `ua-${cssId(account.key)}`;
  const [picked, setPicked] = useState(settings.activeBrandId ?? settings.brands[0]?.id ?? '');
  if (settings.brands.length <= MAX_BUTTONS) {
    return (
      <div class="row ua-actions">
        {settings.brands.map((b) => (
          <button
            key={b.id}
            type="button"
            disabled={props.busy}
            // "Add to Acme" alone would not say which account: the handle is part of the name.
            aria-describedby={labelId}
            onClick={() => props.onAssign(b.id)}
          >
            {i18n.t('budget.unassigned.assign', [brandLabel(settings, b.id)])}
          </button>
        ))}
      </div>
    );
  }
  const selectId = `${labelId}-brand`;
  return (
    <div class="row ua-actions">
      <label for={selectId} class="visually-hidden">
        {i18n.t('budget.unassigned.brand_for', [account.handle])}
      </label>
      <select id={selectId} value={picked} onChange={(e) => setPicked(e.currentTarget.value)}>
        {settings.brands.map((b) => (
          <option key={b.id} value={b.id}>
            {brandLabel(settings, b.id)}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={props.busy || picked === ''}
        aria-describedby={labelId}
        onClick={() => props.onAssign(picked)}
      >
        {i18n.t('budget.unassigned.assign_picked')}
      </button>
    </div>
  );
}

/** An id-safe form of an account key (`x:acme` → `x-acme`); keys are unique, so are these. */
function cssId(key: string): string {
  return key.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);
}

export const UNASSIGNED_CSS = `
.unassigned { margin: 0.75em 0 0; }
.ua-list { list-style: none; margin: 0; padding: 0; }
.ua-item { border: 1px solid var(--rule); border-radius: 8px; padding: 0.45em 0.6em; margin: 0 0 0.45em; background: var(--surface); }
.ua-name { margin: 0 0 0.35em; overflow-wrap: anywhere; }
.ua-item .bm-row { margin: 0; }
.ua-item .bm-row + .ua-name { font-size: 0.85em; margin-top: 0.1em; }
.ua-handle { font-weight: 600; }
.ua-actions { gap: 0.4em; }
.ua-actions button { font-size: 0.9em; padding: 0.2em 0.6em; }
`;
