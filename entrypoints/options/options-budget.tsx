import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { loadPostLog, watchPostLog } from '../../components/budget-data';
import {
  addAccount,
  type UnassignedAccount,
  unassignedAccounts,
  withAccount,
} from '../../components/budget-model';
import { CheckboxField, errorText } from '../../components/fields';
import { PostLogExport } from '../../components/post-log-export';
import { type AssignResult, UnassignedAccounts } from '../../components/unassigned-accounts';
import type { PostLog } from '../../lib/budget/types';
import { validateSettings } from '../../lib/settings/validate';
import type { OptionsState } from './options-state';

/** The post log, kept current while the page is open (null until read). */
export function usePostLog(): PostLog | null {
  const [log, setLog] = useState<PostLog | null>(null);
  useEffect(() => {
    let alive = true;
    void loadPostLog().then((l) => alive && setLog(l));
    const unwatch = watchPostLog(setLog);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return log;
}

/**
 * The options page's list of accounts without a brand. Assigning saves at once (`state.patch`:
 * the saved settings and the edits on screen both get the account, other edits stay unsaved), so
 * it works like the popup's button; ownership is judged on the saved settings, which are what the
 * background counts with.
 */
export function OptionsUnassigned({ state, log }: { state: OptionsState; log: PostLog | null }) {
  if (!log) return null;
  const settings = state.stored.value;
  const accounts = unassignedAccounts(log, settings);
  const assign = async (brandId: string, a: UnassignedAccount): Promise<AssignResult> => {
    if (await state.patch((s) => void addAccount(s, brandId, a.site, a.account, a.displayName)))
      return { ok: true };
    const next = withAccount(state.stored.value, brandId, a.site, a.account, a.displayName);
    const checked = next ? validateSettings(next) : null;
    return {
      ok: false,
      reason:
        checked && !checked.ok
          ? checked.errors.map(errorText).join(' ')
          : i18n.t('budget.unassigned.brand_gone'),
    };
  };
  return <UnassignedAccounts accounts={accounts} settings={settings} assign={assign} headingLevel={3} />;
}

/** The post-log export under "Import and export". */
export function OptionsPostLog({ state, log }: { state: OptionsState; log: PostLog | null }) {
  return (
    <>
      <h3 id="post-log-heading" class="post-log-heading">
        {i18n.t('budget.export.heading')}
      </h3>
      <CheckboxField
        id="keep-draft-text"
        label={i18n.t('budget.keepText.label')}
        hint={i18n.t('budget.keepText.hint')}
        checked={state.draft.value.keepDraftText === true}
        onChange={(on) =>
          state.update((s) => {
            s.keepDraftText = on;
          })
        }
      />
      <PostLogExport count={log ? log.events.length : null} settings={state.stored.value} />
    </>
  );
}

export const OPTIONS_BUDGET_CSS = `
.post-log-heading { margin-top: 1.25em; }
`;
