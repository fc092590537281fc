import { i18n } from '#i18n';
import { scoreLabel } from '../../components/analysis-view';
import {
  CheckboxField,
  fieldId,
  GroupErrors,
  ListField,
  NumberField,
  SelectField,
  TextField,
} from '../../components/fields';
import { tKey } from '../../components/i18n';
import {
  type BannedPhrase,
  LIMIT_KEYS,
  type LimitKey,
  type Limits,
  type PreferredTerm,
  REQUIRED_ELEMENTS,
  type RequiredElement,
  type RuleExamplesInput,
} from '../../lib/brand/schema';
import { PLATFORM_NAMES } from '../../lib/core';
import {
  DEFAULT_THRESHOLDS,
  type Level,
  PLATFORMS,
  type Platform,
  SCORE_KEYS,
  type ScoreKey,
} from '../../lib/scoring/types';
import type { Brand } from '../../lib/settings/types';
import { focusLater, updateBrand } from './brand-editor';
import type { OptionsState } from './options-state';

const LEVELS: readonly Level[] = ['suggestion', 'warning', 'error'];

function levelOptions() {
  return LEVELS.map((l) => ({ value: l, label: tKey(`ui.level.${l}`, [], l) }));
}

function scoreOptions() {
  return SCORE_KEYS.map((k) => ({ value: k, label: scoreLabel(k) }));
}

function limitLabel(key: LimitKey): string {
  return tKey(`options.limits.${key}`, [], key);
}

function requiredLabel(el: RequiredElement): string {
  return tKey(`options.required.${el}`, [], el);
}

/** Examples left empty are dropped, so a rule without examples carries no `examples` at all. */
function withExamples<T extends { examples?: RuleExamplesInput }>(entry: T, ex: RuleExamplesInput): void {
  const flagged = ex.flagged ?? [];
  const fine = ex.fine ?? [];
  if (flagged.length === 0 && fine.length === 0) delete entry.examples;
  else entry.examples = { flagged, fine };
}

interface ItemProps {
  state: OptionsState;
  index: number;
  brand: Brand;
}

/** The brand rules of one brand: banned, preferred, limits, required elements, thresholds. */
export function RulesEditor({ state, index, brand }: ItemProps) {
  return (
    <>
      <BannedEditor state={state} index={index} brand={brand} />
      <PreferredEditor state={state} index={index} brand={brand} />
      <LimitsEditor state={state} index={index} brand={brand} />
      <RequiredEditor state={state} index={index} brand={brand} />
      <ThresholdsEditor state={state} index={index} brand={brand} />
    </>
  );
}

/** What closes every rule entry: its own examples, its errors and the remove button. */
function EntryFooter(props: {
  path: string;
  examples: RuleExamplesInput | undefined;
  onExamples: (ex: RuleExamplesInput) => void;
  onRemove: () => void;
  removeLabel: string;
}) {
  return (
    <>
      <ExamplesFields path={`${props.path}.examples`} examples={props.examples} onChange={props.onExamples} />
      <GroupErrors path={props.path} />
      <button type="button" onClick={props.onRemove}>
        {props.removeLabel}
      </button>
    </>
  );
}

function ExamplesFields(props: {
  path: string;
  examples: RuleExamplesInput | undefined;
  onChange: (ex: RuleExamplesInput) => void;
}) {
  const ex = props.examples ?? {};
  return (
    <div class="examples">
      <ListField
        path={`${props.path}.flagged`}
        label={i18n.t('options.examples.flagged')}
        separator="line"
        value={ex.flagged ?? []}
        onChange={(flagged) => props.onChange({ ...ex, flagged })}
      />
      <ListField
        path={`${props.path}.fine`}
        label={i18n.t('options.examples.fine')}
        separator="line"
        value={ex.fine ?? []}
        onChange={(fine) => props.onChange({ ...ex, fine })}
      />
    </div>
  );
}

function BannedEditor({ state, index, brand }: ItemProps) {
  const base = `brands[${index}].rules.banned`;
  const edit = (k: number, change: (entry: BannedPhrase) => void) =>
    updateBrand(state, index, (b) => {
      const entry = b.rules.banned[k];
      if (entry) change(entry);
    });
  return (
    <fieldset>
      <legend>{i18n.t('options.banned.legend')}</legend>
      <p class="hint">{i18n.t('options.banned.hint')}</p>
      {brand.rules.banned.map((entry, k) => {
        const path = `${base}[${k}]`;
        const kind: 'phrase' | 'pattern' = entry.pattern !== undefined ? 'pattern' : 'phrase';
        const n = String(k + 1);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rules have no identity but their position.
          <section key={k} class="rule-card" aria-label={i18n.t('options.banned.item', [n])}>
            <div class="row">
              <SelectField
                path={`${path}.kind`}
                label={i18n.t('options.banned.kind')}
                value={kind}
                options={[
                  { value: 'phrase', label: i18n.t('options.banned.kind_phrase') },
                  { value: 'pattern', label: i18n.t('options.banned.kind_pattern') },
                ]}
                onChange={(next) =>
                  edit(k, (e) => {
                    const text = e.phrase ?? e.pattern ?? '';
                    delete e.phrase;
                    delete e.pattern;
                    e[next] = text;
                  })
                }
              />
              <TextField
                class="grow"
                path={`${path}.${kind}`}
                label={kind === 'phrase' ? i18n.t('options.banned.phrase') : i18n.t('options.banned.pattern')}
                value={entry.phrase ?? entry.pattern ?? ''}
                onInput={(v) =>
                  edit(k, (e) => {
                    e[kind] = v;
                  })
                }
              />
              <SelectField
                path={`${path}.level`}
                label={i18n.t('options.rule.level')}
                value={entry.level ?? 'warning'}
                options={levelOptions()}
                onChange={(level) =>
                  edit(k, (e) => {
                    e.level = level;
                  })
                }
              />
              <SelectField
                path={`${path}.score`}
                label={i18n.t('options.banned.score')}
                value={entry.score ?? 'pushiness'}
                options={scoreOptions()}
                onChange={(score: ScoreKey) =>
                  edit(k, (e) => {
                    e.score = score;
                  })
                }
              />
            </div>
            <TextField
              class="grow"
              path={`${path}.reason`}
              label={i18n.t('options.banned.reason')}
              value={entry.reason ?? ''}
              onInput={(v) =>
                edit(k, (e) => {
                  if (v === '') delete e.reason;
                  else e.reason = v;
                })
              }
            />
            <TextField
              class="grow"
              path={`${path}.replacement`}
              label={i18n.t('card.replacement_field')}
              hint={i18n.t('card.replacement_hint')}
              value={entry.replacement ?? ''}
              onInput={(v) =>
                edit(k, (e) => {
                  if (v === '') delete e.replacement;
                  else e.replacement = v;
                })
              }
            />
            <EntryFooter
              path={path}
              examples={entry.examples}
              onExamples={(ex) => edit(k, (e) => withExamples(e, ex))}
              onRemove={() =>
                updateBrand(state, index, (b) => {
                  b.rules.banned.splice(k, 1);
                })
              }
              removeLabel={i18n.t('options.banned.remove', [n])}
            />
          </section>
        );
      })}
      <GroupErrors path={base} />
      <button
        type="button"
        onClick={() => {
          updateBrand(state, index, (b) => {
            // Issue 10: a phrase the brand bans breaks its rules, so a new one is an error (its score
            // goes to "rework"); entries saved without a level keep meaning "warning".
            b.rules.banned.push({ phrase: '', level: 'error' });
          });
          focusLater(fieldId(`${base}[${brand.rules.banned.length}].phrase`));
        }}
      >
        {i18n.t('options.banned.add')}
      </button>
    </fieldset>
  );
}

function PreferredEditor({ state, index, brand }: ItemProps) {
  const base = `brands[${index}].rules.preferred`;
  const edit = (k: number, change: (entry: PreferredTerm) => void) =>
    updateBrand(state, index, (b) => {
      const entry = b.rules.preferred[k];
      if (entry) change(entry);
    });
  return (
    <fieldset>
      <legend>{i18n.t('options.preferred.legend')}</legend>
      <p class="hint">{i18n.t('options.preferred.hint')}</p>
      {brand.rules.preferred.map((entry, k) => {
        const path = `${base}[${k}]`;
        const n = String(k + 1);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rules have no identity but their position.
          <section key={k} class="rule-card" aria-label={i18n.t('options.preferred.item', [n])}>
            <div class="row">
              <TextField
                class="grow"
                path={`${path}.use`}
                label={i18n.t('options.preferred.use')}
                value={entry.use}
                onInput={(v) =>
                  edit(k, (e) => {
                    e.use = v;
                  })
                }
              />
              <ListField
                class="grow"
                path={`${path}.instead`}
                label={i18n.t('options.preferred.instead')}
                separator="comma"
                value={entry.instead}
                onChange={(instead) =>
                  edit(k, (e) => {
                    e.instead = instead;
                  })
                }
              />
              <SelectField
                path={`${path}.level`}
                label={i18n.t('options.rule.level')}
                value={entry.level ?? 'suggestion'}
                options={levelOptions()}
                onChange={(level) =>
                  edit(k, (e) => {
                    e.level = level;
                  })
                }
              />
            </div>
            <EntryFooter
              path={path}
              examples={entry.examples}
              onExamples={(ex) => edit(k, (e) => withExamples(e, ex))}
              onRemove={() =>
                updateBrand(state, index, (b) => {
                  b.rules.preferred.splice(k, 1);
                })
              }
              removeLabel={i18n.t('options.preferred.remove', [n])}
            />
          </section>
        );
      })}
      <GroupErrors path={base} />
      <button
        type="button"
        onClick={() => {
          updateBrand(state, index, (b) => {
            b.rules.preferred.push({ use: '', instead: [], level: 'suggestion' });
          });
          focusLater(fieldId(`${base}[${brand.rules.preferred.length}].use`));
        }}
      >
        {i18n.t('options.preferred.add')}
      </button>
    </fieldset>
  );
}

function setLimit(limits: Limits, key: LimitKey, v: number | undefined): void {
  if (v === undefined) delete limits[key];
  else limits[key] = v;
}

function LimitsEditor({ state, index, brand }: ItemProps) {
  const base = `brands[${index}].rules`;
  const setPlatform = (p: Platform, key: LimitKey, v: number | undefined) =>
    updateBrand(state, index, (b) => {
      const limits = { ...b.rules.platformLimits[p] };
      setLimit(limits, key, v);
      if (Object.keys(limits).length === 0) delete b.rules.platformLimits[p];
      else b.rules.platformLimits[p] = limits;
    });
  const hasPlatformLimits = Object.keys(brand.rules.platformLimits).length > 0;
  return (
    <fieldset>
      <legend>{i18n.t('options.limits.legend')}</legend>
      <p class="hint">{i18n.t('options.limits.hint')}</p>
      <div class="row">
        {LIMIT_KEYS.map((key) => (
          <NumberField
            key={key}
            path={`${base}.limits.${key}`}
            label={limitLabel(key)}
            placeholder={i18n.t('options.limits.none')}
            value={brand.rules.limits[key]}
            onChange={(v) =>
              updateBrand(state, index, (b) => {
                setLimit(b.rules.limits, key, v);
              })
            }
          />
        ))}
      </div>
      <details open={hasPlatformLimits}>
        <summary>{i18n.t('options.limits.per_site')}</summary>
        <table class="grid">
          <thead>
            <tr>
              <th scope="col">{i18n.t('options.accounts.site')}</th>
              {LIMIT_KEYS.map((key) => (
                <th key={key} scope="col">
                  {limitLabel(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {PLATFORMS.map((p) => (
              <tr key={p}>
                <th scope="row">{PLATFORM_NAMES[p]}</th>
                {LIMIT_KEYS.map((key) => (
                  <td key={key}>
                    <NumberField
                      path={`${base}.platformLimits.${p}.${key}`}
                      label={`${PLATFORM_NAMES[p]}: ${limitLabel(key)}`}
                      labelHidden
                      placeholder={
                        brand.rules.limits[key] === undefined ? '–' : String(brand.rules.limits[key])
                      }
                      value={brand.rules.platformLimits[p]?.[key]}
                      onChange={(v) => setPlatform(p, key, v)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </fieldset>
  );
}

function RequiredEditor({ state, index, brand }: ItemProps) {
  return (
    <fieldset>
      <legend>{i18n.t('options.required.legend')}</legend>
      <p class="hint">{i18n.t('options.required.hint')}</p>
      {REQUIRED_ELEMENTS.map((el) => (
        <CheckboxField
          key={el}
          id={`${fieldId(`brands[${index}].rules.required`)}-${el}`}
          label={requiredLabel(el)}
          checked={brand.rules.required.includes(el)}
          onChange={(on) =>
            updateBrand(state, index, (b) => {
              b.rules.required = REQUIRED_ELEMENTS.filter((r) =>
                r === el ? on : b.rules.required.includes(r),
              );
            })
          }
        />
      ))}
      <GroupErrors path={`brands[${index}].rules.required`} nested />
    </fieldset>
  );
}

function ThresholdsEditor({ state, index, brand }: ItemProps) {
  const base = `brands[${index}].rules.thresholds`;
  const set = (key: ScoreKey, field: 'consider' | 'rework', v: number | undefined) =>
    updateBrand(state, index, (b) => {
      const current = b.rules.thresholds[key] ?? DEFAULT_THRESHOLDS[key];
      const next = { ...current, [field]: v ?? DEFAULT_THRESHOLDS[key][field] };
      const isDefault =
        next.consider === DEFAULT_THRESHOLDS[key].consider && next.rework === DEFAULT_THRESHOLDS[key].rework;
      if (isDefault) delete b.rules.thresholds[key];
      else b.rules.thresholds[key] = next;
    });
  return (
    <fieldset>
      <legend>{i18n.t('options.thresholds.legend')}</legend>
      <p class="hint">{i18n.t('options.thresholds.hint')}</p>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">{i18n.t('options.thresholds.score')}</th>
            <th scope="col">{i18n.t('options.thresholds.consider')}</th>
            <th scope="col">{i18n.t('options.thresholds.rework')}</th>
          </tr>
        </thead>
        <tbody>
          {SCORE_KEYS.map((key) => (
            <tr key={key}>
              <th scope="row">{scoreLabel(key)}</th>
              <td>
                <NumberField
                  path={`${base}.${key}.consider`}
                  label={`${scoreLabel(key)}: ${i18n.t('options.thresholds.consider')}`}
                  labelHidden
                  placeholder={String(DEFAULT_THRESHOLDS[key].consider)}
                  value={brand.rules.thresholds[key]?.consider}
                  onChange={(v) => set(key, 'consider', v)}
                />
              </td>
              <td>
                <NumberField
                  path={`${base}.${key}.rework`}
                  label={`${scoreLabel(key)}: ${i18n.t('options.thresholds.rework')}`}
                  labelHidden
                  placeholder={String(DEFAULT_THRESHOLDS[key].rework)}
                  value={brand.rules.thresholds[key]?.rework}
                  onChange={(v) => set(key, 'rework', v)}
                />
                <GroupErrors path={`${base}.${key}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
