import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CheckboxField, GroupErrors } from '../../components/fields';
import { PLATFORM_NAMES, PLATFORMS } from '../../lib/core';
import { instanceOrigin } from '../../lib/settings/validate';
import type { OptionsState } from './options-state';

/** The match pattern Steady asks for on one Mastodon instance (an optional host permission). */
export function instancePattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Per-site switches, and the Mastodon instances Steady may run on. Each instance is an optional
 * host permission requested from the click itself (`permissions.request` needs a user gesture,
 * so nothing is awaited before it); granted origins are saved at once, because the grant
 * already happened in the browser. The background registers the content script for them.
 */
export function SitesEditor({ state }: { state: OptionsState }) {
  const draft = state.draft.value;
  const [instance, setInstance] = useState('');
  const [instanceError, setInstanceError] = useState<string | null>(null);
  const [instanceNotice, setInstanceNotice] = useState<string | null>(null);

  const grant = () => {
    setInstanceNotice(null);
    const origin = instanceOrigin(instance);
    if (!origin) {
      setInstanceError(i18n.t('options.mastodon.invalid'));
      return;
    }
    setInstanceError(null);
    browser.permissions
      .request({ origins: [instancePattern(origin)] })
      .then(async (granted) => {
        if (!granted) {
          setInstanceError(i18n.t('options.mastodon.denied', [origin]));
          return;
        }
        const saved = await state.patch((s) => {
          if (!s.mastodonInstances.includes(origin)) s.mastodonInstances.push(origin);
        });
        if (saved) {
          setInstance('');
          setInstanceNotice(i18n.t('options.mastodon.granted', [origin]));
        } else setInstanceError(i18n.t('options.mastodon.not_saved'));
      })
      .catch((err: unknown) => setInstanceError(err instanceof Error ? err.message : String(err)));
  };

  const revoke = (origin: string) => {
    setInstanceNotice(null);
    browser.permissions
      .remove({ origins: [instancePattern(origin)] })
      .catch(() => false)
      .then(() =>
        state.patch((s) => {
          s.mastodonInstances = s.mastodonInstances.filter((o) => o !== origin);
        }),
      )
      .then(() => setInstanceNotice(i18n.t('options.mastodon.removed', [origin])));
  };

  return (
    <>
      <fieldset>
        <legend>{i18n.t('options.sites.legend')}</legend>
        <p class="hint">{i18n.t('options.sites.hint')}</p>
        <div class="sites">
          {PLATFORMS.map((p) => (
            <CheckboxField
              key={p}
              id={`site-${p}`}
              label={PLATFORM_NAMES[p]}
              checked={draft.sites[p]}
              onChange={(on) =>
                state.update((s) => {
                  s.sites[p] = on;
                })
              }
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{i18n.t('options.mastodon.legend')}</legend>
        <p class="hint">{i18n.t('options.mastodon.hint')}</p>
        {draft.mastodonInstances.length === 0 ? (
          <p class="muted">{i18n.t('options.mastodon.none')}</p>
        ) : (
          <ul class="instances">
            {draft.mastodonInstances.map((origin) => (
              <li key={origin}>
                <span class="instance">{origin.replace(/^https:\/\//, '')}</span>{' '}
                <button type="button" onClick={() => revoke(origin)}>
                  {i18n.t('options.remove')}
                  <span class="visually-hidden"> {origin}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <GroupErrors path="mastodonInstances" nested />
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            grant();
          }}
        >
          <div class="field">
            <label for="mastodon-instance">{i18n.t('options.mastodon.instance')}</label>
            <input
              id="mastodon-instance"
              type="text"
              placeholder="mastodon.social"
              autocomplete="off"
              spellcheck={false}
              value={instance}
              aria-invalid={instanceError ? 'true' : undefined}
              aria-describedby={instanceError ? 'mastodon-instance-error' : undefined}
              onInput={(e) => setInstance(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <button type="submit">{i18n.t('options.mastodon.grant')}</button>
          </div>
        </form>
        {instanceError && (
          <p id="mastodon-instance-error" class="field-error" role="alert">
            {instanceError}
          </p>
        )}
        {instanceNotice && <output class="notice">{instanceNotice}</output>}
      </fieldset>
    </>
  );
}
