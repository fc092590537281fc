import { i18n } from '#i18n';
import { GroupErrors } from '../../components/fields';
import type { Brand, Ignore } from '../../lib/settings/types';
import { updateBrand } from './brand-editor';
import type { OptionsState } from './options-state';

/**
 * Every finding the brand ignores (issue 10: the card's "never for this brand"), newest first, each
 * with a remove button. They are part of the brand, so they are saved, exported and imported with it.
 */
export function IgnoresEditor({ state, index, brand }: { state: OptionsState; index: number; brand: Brand }) {
  const base = `brands[${index}].ignores`;
  const listed = brand.ignores.map((ignore, k) => ({ ignore, k })).sort((a, b) => b.ignore.at - a.ignore.at);
  return (
    <fieldset data-testid="ignores">
      <legend>{i18n.t('ignore.legend')}</legend>
      <p class="hint">{i18n.t('ignore.hint')}</p>
      {listed.length === 0 ? (
        <p class="hint">{i18n.t('ignore.none')}</p>
      ) : (
        <ul class="ignores">
          {listed.map(({ ignore, k }) => {
            const what = describeIgnore(ignore, brand);
            return (
              <li key={`${ignore.rule}\u0000${ignore.phrase ?? ''}`} data-rule={ignore.rule}>
                <span>{what}</span>{' '}
                <button
                  type="button"
                  aria-label={i18n.t('ignore.remove_label', [what])}
                  onClick={() =>
                    updateBrand(state, index, (b) => {
                      b.ignores.splice(k, 1);
                    })
                  }
                >
                  {i18n.t('ignore.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <GroupErrors path={base} />
    </fieldset>
  );
}

/** "all-caps: everywhere", or "Banned phrase 2 (“flash sale”): only “flash sale”". */
function describeIgnore(ignore: Ignore, brand: Brand): string {
  const [, kind, n] = ignore.rule.split(':');
  let rule = ignore.rule;
  if (kind === 'banned' || kind === 'preferred') {
    const k = Number(n);
    const entry = kind === 'banned' ? brand.rules.banned[k] : brand.rules.preferred[k];
    const words = entry
      ? 'use' in entry
        ? entry.instead.join(', ')
        : (entry.phrase ?? entry.pattern ?? '')
      : '';
    rule = i18n.t(kind === 'banned' ? 'ignore.rule_banned' : 'ignore.rule_preferred', [String(k + 1), words]);
  }
  return ignore.phrase === undefined
    ? i18n.t('ignore.whole_rule', [rule])
    : i18n.t('ignore.phrase', [rule, ignore.phrase]);
}
