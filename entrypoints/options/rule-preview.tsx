import { useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { AnalysisView, analysisSummary } from '../../components/analysis-view';
import { loadBrandRules } from '../../lib/brand/compile';
import { PLATFORM_NAMES, PLATFORMS, type Platform } from '../../lib/core';
import { type AnalyzeOptions, analyze } from '../../lib/scoring/analyze';
import type { Brand } from '../../lib/settings/types';

/**
 * Scores a sample draft with the brand's rules as they are on screen, saved or not, so a team
 * sees what a rule does before anyone posts with it. Runs the scorer in the options page
 * itself: the background only knows the saved rules.
 */
export function RulePreview({ brand }: { brand: Brand }) {
  const [text, setText] = useState(() => i18n.t('options.preview.sample'));
  const [platform, setPlatform] = useState<Platform | ''>('');
  const compiled = useMemo(
    () => loadBrandRules({ ...brand.rules, defaultLanguage: brand.defaultLanguage }),
    [brand.rules, brand.defaultLanguage],
  );
  const analysis = useMemo(() => {
    if (text.trim() === '') return null;
    const options: AnalyzeOptions = { defaultLanguage: brand.defaultLanguage };
    if (platform) options.platform = platform;
    if (compiled.ok) {
      options.extraRules = compiled.value.rules;
      options.thresholds = compiled.value.thresholds;
      options.register = compiled.value.register;
    }
    return analyze(text, options);
  }, [text, platform, compiled, brand.defaultLanguage]);

  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">{i18n.t('options.preview.heading')}</h3>
      <p class="hint">{i18n.t('options.preview.hint')}</p>
      <div class="field">
        <label for="preview-text">{i18n.t('options.preview.text')}</label>
        <textarea id="preview-text" rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </div>
      <div class="field">
        <label for="preview-platform">{i18n.t('options.preview.platform')}</label>
        <select
          id="preview-platform"
          value={platform}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setPlatform(PLATFORMS.find((p) => p === v) ?? '');
          }}
        >
          <option value="">{i18n.t('options.preview.any_site')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
      </div>
      {!compiled.ok && <p class="alert">{i18n.t('options.preview.invalid_rules')}</p>}
      <output class="visually-hidden">{analysis ? analysisSummary(analysis) : ''}</output>
      {analysis ? (
        <AnalysisView analysis={analysis} headingLevel={4} />
      ) : (
        <p class="muted">{i18n.t('options.preview.empty')}</p>
      )}
    </section>
  );
}
