import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { ANALYSIS_VIEW_CSS, AnalysisView, analysisSummary } from '../../components/analysis-view';
import { PAGE_CSS } from '../../components/theme';
import { PLATFORM_NAMES } from '../../lib/core';
import type { CharCount } from '../../lib/count/types';
import { call, callTab, type TabDraftReply } from '../../lib/protocol';
import type { Analysis, Platform } from '../../lib/scoring/types';
import { unsavedPosts, watchUnsavedPosts } from '../../lib/storage/save-failures';
import { loadSettings, updateSettings } from '../../lib/storage/settings';
import { BUDGET_PANEL_CSS, BudgetSection, openWelcome } from './budget-panel';
import { DRAFT_FACTS_CSS, DraftFacts } from './draft-facts';
import { TeamSection } from './team-section';

/** What the content script on the active tab says (checked by lib/protocol.ts `get-draft`). */
export type TabDraft = TabDraftReply;

/**
 * Asks the background to score `text` (the same scorer and brand rules the overlay uses); with a
 * platform, `onChars` gets its length as that site counts it (count, issue 10).
 */
async function analyzeText(
  text: string,
  platform?: Platform,
  onChars?: (chars: CharCount) => void,
): Promise<Analysis> {
  const reply = await call('analyze', platform ? { text, platform } : { text });
  if (!reply) throw new Error('no analysis');
  if (!reply.ok) throw new Error(reply.error);
  if (reply.chars) onChars?.(reply.chars);
  return reply.analysis;
}

/**
 * The active tab's draft, from the content script there. `tabs.query` gives the tab id without
 * the `tabs` permission, and `tabs.sendMessage` reaches our own content script; a tab where
 * Steady does not run has no receiver, which reads as "no site". Bounded, so a busy page
 * cannot keep the popup waiting.
 */
async function askActiveTab(): Promise<TabDraft | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  return callTab(tab.id, 'get-draft', {}, { timeoutMs: 1500 });
}

/**
 * The switch for the tab's site. Disabled, with the reason, while the stored settings cannot be
 * read: the switch saves the settings, and saving then would replace them with the defaults.
 */
function SiteSwitch({
  site,
  unreadable,
  onChange,
}: {
  site: TabDraft;
  unreadable: boolean;
  onChange: (enabled: boolean) => void;
}) {
  if (!site.platform) return null;
  return (
    <div class="site-switch">
      <div class="field field-inline">
        <input
          id="site-switch"
          type="checkbox"
          checked={site.siteEnabled}
          disabled={unreadable}
          aria-describedby={unreadable ? 'site-switch-problem' : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <label for="site-switch">{i18n.t('popup.site_switch', [PLATFORM_NAMES[site.platform]])}</label>
      </div>
      {unreadable && (
        <p id="site-switch-problem" class="alert" role="alert" data-testid="settings-unreadable">
          {i18n.t('popup.settings_unreadable')}
        </p>
      )}
    </div>
  );
}

function PasteBox() {
  const [text, setText] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (text.trim() === '') {
      setAnalysis(null);
      setError(null);
      return;
    }
    const run = ++latest.current;
    const timer = setTimeout(() => {
      analyzeText(text)
        .then((a) => {
          if (run !== latest.current) return;
          setAnalysis(a);
          setError(null);
        })
        .catch((e: unknown) => {
          if (run === latest.current) setError(e instanceof Error ? e.message : String(e));
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <section aria-labelledby="paste-heading">
      <h2 id="paste-heading">{i18n.t('popup.paste_heading')}</h2>
      <div class="field">
        <label for="paste-box">{i18n.t('popup.paste_label')}</label>
        <textarea
          id="paste-box"
          rows={5}
          value={text}
          aria-describedby="paste-hint"
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id="paste-hint" class="hint">
          {i18n.t('popup.paste_hint')}
        </p>
      </div>
      <output class="visually-hidden">
        {analysis && text.trim() !== '' ? analysisSummary(analysis) : ''}
      </output>
      {error && (
        <p class="alert" role="alert">
          {i18n.t('popup.analyze_failed', [error])}
        </p>
      )}
      {analysis && text.trim() !== '' && (
        <AnalysisView analysis={analysis} headingLevel={3} maxFindings={5} />
      )}
    </section>
  );
}

function TabDraftView({ draft }: { draft: NonNullable<TabDraft['draft']> }) {
  const [analysis, setAnalysis] = useState<Analysis | null>(draft.analysis);
  const [error, setError] = useState<string | null>(null);
  const [chars, setChars] = useState<CharCount | null>(draft.chars);
  useEffect(() => {
    if (draft.analysis) return;
    analyzeText(draft.text, draft.platform, setChars)
      .then(setAnalysis)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [draft]);
  return (
    <section aria-labelledby="draft-heading">
      <h2 id="draft-heading">{i18n.t('popup.draft_heading', [PLATFORM_NAMES[draft.platform]])}</h2>
      <blockquote class="draft-text">{draft.text}</blockquote>
      {/* The length as the site counts it, the budget line with the next free slot */}
      <DraftFacts chars={chars} budget={draft.budget} kind={draft.kind} />
      {error && (
        <p class="alert" role="alert">
          {i18n.t('popup.analyze_failed', [error])}
        </p>
      )}
      {analysis ? (
        <AnalysisView analysis={analysis} headingLevel={3} maxFindings={5} />
      ) : (
        !error && <p>{i18n.t('popup.scoring')}</p>
      )}
    </section>
  );
}

/** Says so when published posts could not be saved (they are missing from every count). */
function UnsavedPosts() {
  const [count, setCount] = useState(0);
  useEffect(() => {
    void unsavedPosts().then(setCount);
    return watchUnsavedPosts(setCount);
  }, []);
  if (count === 0) return null;
  return (
    <p class="alert" role="alert" data-testid="unsaved-posts">
      {i18n.t('popup.unsaved_posts', [String(count)])}
    </p>
  );
}

/**
 * The popup: the active tab's draft with its analysis, or a box to score any pasted text, the
 * switch for the current site and a link to the settings; below them, today's posts against each
 * account's budget (a section that opens on demand, so the draft stays first).
 */
export function PopupApp() {
  const [site, setSite] = useState<TabDraft | null | undefined>(undefined);
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    askActiveTab()
      .then(setSite)
      .catch(() => setSite(null));
    void loadSettings().then(({ problem }) => setUnreadable(problem !== null));
  }, []);

  const toggleSite = async (enabled: boolean) => {
    if (!site?.platform) return;
    const platform = site.platform;
    setSite({ ...site, siteEnabled: enabled });
    // Never saves over settings that could not be read (updateSettings refuses).
    const result = await updateSettings((s) => {
      s.sites[platform] = enabled;
    });
    if (!result.ok) setSite({ ...site, siteEnabled: !enabled });
    if (!result.ok && result.reason === 'unreadable') setUnreadable(true);
  };

  return (
    <>
      <style>{PAGE_CSS + POPUP_CSS + ANALYSIS_VIEW_CSS + BUDGET_PANEL_CSS + DRAFT_FACTS_CSS}</style>
      <header class="popup-header">
        <h1>Steady</h1>
        <nav aria-label={i18n.t('popup.menu')}>
          <ul class="popup-menu">
            <li>
              <button type="button" class="link" onClick={openWelcome}>
                {i18n.t('popup.welcome')}
              </button>
            </li>
            <li>
              <button
                type="button"
                class="link"
                onClick={() => {
                  void browser.runtime.openOptionsPage();
                }}
              >
                {i18n.t('popup.settings')}
              </button>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <UnsavedPosts />
        {site === undefined ? (
          <p class="muted">{i18n.t('popup.loading')}</p>
        ) : (
          <>
            {site && (
              <SiteSwitch site={site} unreadable={unreadable} onChange={(on) => void toggleSite(on)} />
            )}
            {site?.platform && !site.siteEnabled && (
              <p class="muted">{i18n.t('popup.site_off', [PLATFORM_NAMES[site.platform]])}</p>
            )}
            {site?.draft && site.draft.text.trim() !== '' ? (
              <TabDraftView draft={site.draft} />
            ) : (
              <PasteBox />
            )}
          </>
        )}
        <BudgetSection />
        {/* Team sync (issue 13): the sync state and who posted when; nothing without team sync. */}
        <TeamSection />
      </main>
    </>
  );
}

const POPUP_CSS = `
body { width: 400px; min-height: 120px; }
.popup-header { display: flex; justify-content: space-between; align-items: baseline; padding: 0.75rem 1rem 0.25rem; }
.popup-header h1 { margin: 0; }
.popup-menu { list-style: none; display: flex; gap: 1em; margin: 0; padding: 0; }
main { padding: 0.25rem 1rem 1rem; }
.site-switch { padding: 0.5em 0.6em; border: 1px solid var(--rule); border-radius: 8px; background: var(--surface); }
.site-switch .field { margin: 0; }
.site-switch .alert { margin: 0.5em 0 0; }
.draft-text { margin: 0 0 0.75em; padding: 0.4em 0.6em; border-left: 3px solid var(--rule); color: var(--muted);
  max-height: 6.5em; overflow: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
`;
