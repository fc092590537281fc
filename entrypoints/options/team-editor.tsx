import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { CheckboxField } from '../../components/fields';
import { syncStateText } from '../../components/team-state';
import { call, type TeamStatusReply, type TeamVersion } from '../../lib/protocol';
import type { Brand } from '../../lib/settings/types';
import { isDatabaseName, originPattern, teamOrigin } from '../../lib/team/config';
import type { BrandSyncState } from '../../lib/team/state';
import type { OptionsState } from './options-state';

/** How often the open options page asks for the sync state (a round may be running in the background). */
const POLL_MS = 2_000;

/**
 * A brand's Team section (issue 13): the team's server and database, the member's user name and password,
 * whether post text is shared, and the sync state. "Sign in and sync" asks the browser for exactly the
 * server's origin first (an optional host permission: `permissions.request` needs the click itself, so
 * nothing is awaited before it), saves the team settings, and hands the credentials to the background,
 * which keeps them in `storage.local` only (never in the settings, never exported). A conflict between two
 * versions of the brand settings is shown here with both versions; the one kept goes to the whole team.
 */
export function TeamEditor({ state, index, brand }: { state: OptionsState; index: number; brand: Brand }) {
  const id = (field: string) => `team-${brand.id}-${field}`;
  const [server, setServer] = useState(brand.team?.server ?? '');
  const [database, setDatabase] = useState(brand.team?.database ?? '');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sync, setSync] = useState<BrandSyncState | null>(null);
  const [versions, setVersions] = useState<TeamVersion[]>([]);
  const [busy, setBusy] = useState(false);
  const enabled = brand.team?.enabled === true;

  const brandId = brand.id;
  const take = (reply: TeamStatusReply | null) => {
    if (reply?.ok) setSync(reply.states.find((s) => s.brandId === brandId) ?? null);
  };

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const poll = () =>
      call('team-status', {}, { timeoutMs: 5_000 }).then((reply) => {
        if (!stopped && reply?.ok) setSync(reply.states.find((s) => s.brandId === brandId) ?? null);
      });
    void poll();
    const timer = setInterval(poll, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [enabled, brandId]);

  const conflict = sync?.conflict === true;
  useEffect(() => {
    if (!conflict) {
      setVersions([]);
      return;
    }
    void call('team-versions', { brandId }).then((reply) => {
      if (reply?.ok) setVersions(reply.versions);
    });
  }, [conflict, brandId]);

  const signIn = () => {
    setError(null);
    const origin = teamOrigin(server);
    if (!origin) {
      setError(i18n.t('ui.error.team_server'));
      return;
    }
    if (!isDatabaseName(database.trim())) {
      setError(i18n.t('ui.error.team_database'));
      return;
    }
    const name = user.trim();
    if (name === '' || password === '') {
      setError(i18n.t('team.no_credentials'));
      return;
    }
    setBusy(true);
    // From the click itself: the permission prompt needs the user gesture.
    browser.permissions
      .request({
        origins: [originPattern(origin)],
        // The once-a-minute round's alarm, where the browser lets it be optional (Chrome; wxt.config.ts).
        permissions: browser.runtime.getManifest().optional_permissions?.includes('alarms') ? ['alarms'] : [],
      })
      .then(async (granted) => {
        if (!granted) {
          setError(i18n.t('team.permission_denied', [origin]));
          return;
        }
        const saved = await state.patch((s) => {
          const b = s.brands[index];
          if (b)
            b.team = {
              server: origin,
              database: database.trim(),
              shareText: b.team?.shareText ?? false,
              enabled: true,
            };
        });
        if (!saved) {
          setError(i18n.t('ui.error.team_server'));
          return;
        }
        setServer(origin);
        take(await call('team-sign-in', { brandId: brand.id, username: name, password }));
        setPassword('');
      })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)))
      .finally(() => setBusy(false));
  };

  const setTeamFlag = (flag: 'enabled' | 'shareText', on: boolean) =>
    void state.patch((s) => {
      const team = s.brands[index]?.team;
      if (team) team[flag] = on;
    });

  const syncNow = () => {
    setBusy(true);
    void call('team-sync-now', { brandId: brand.id })
      .then(take)
      .finally(() => setBusy(false));
  };

  const keep = (rev: string) => {
    setBusy(true);
    void call('team-resolve', { brandId: brand.id, rev })
      .then(take)
      .finally(() => setBusy(false));
  };

  return (
    <fieldset class="team" data-testid="team-editor">
      <legend>{i18n.t('team.heading')}</legend>
      <p class="hint">{i18n.t('team.intro')}</p>
      <div class="field">
        <label for={id('server')}>{i18n.t('team.server')}</label>
        <input
          id={id('server')}
          type="url"
          value={server}
          placeholder="https://couch.example.com"
          aria-describedby={`${id('server')}-hint`}
          onInput={(e) => setServer(e.currentTarget.value)}
        />
        <span id={`${id('server')}-hint`} class="hint">
          {i18n.t('team.server_hint')}
        </span>
      </div>
      <div class="field">
        <label for={id('database')}>{i18n.t('team.database')}</label>
        <input
          id={id('database')}
          type="text"
          value={database}
          onInput={(e) => setDatabase(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={id('user')}>{i18n.t('team.user')}</label>
        <input
          id={id('user')}
          type="text"
          autocomplete="username"
          value={user}
          onInput={(e) => setUser(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={id('password')}>{i18n.t('team.password')}</label>
        <input
          id={id('password')}
          type="password"
          autocomplete="current-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </div>
      {brand.team && (
        <>
          <CheckboxField
            id={id('enabled')}
            label={i18n.t('team.enabled')}
            checked={brand.team.enabled}
            onChange={(on) => setTeamFlag('enabled', on)}
          />
          <CheckboxField
            id={id('share-text')}
            label={i18n.t('team.share_text')}
            checked={brand.team.shareText}
            onChange={(on) => setTeamFlag('shareText', on)}
          />
        </>
      )}
      <div class="actions">
        <button type="button" onClick={signIn} disabled={busy}>
          {i18n.t('team.sign_in')}
        </button>
        {enabled && (
          <button type="button" onClick={syncNow} disabled={busy}>
            {i18n.t('team.sync_now')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert" data-testid="team-error">
          {error}
        </p>
      )}
      {enabled && sync && (
        <output data-testid="team-state" data-problem={sync.problem ?? ''}>
          {i18n.t('team.state_label', [syncStateText(sync)])}
        </output>
      )}
      {versions.length > 1 && (
        <section data-testid="team-conflict" aria-labelledby={id('conflict')}>
          <h4 id={id('conflict')}>{i18n.t('team.conflict_heading')}</h4>
          <p class="hint">{i18n.t('team.conflict_intro')}</p>
          {versions.map((v) => (
            <div class="team-version" key={v.rev} data-testid="team-version">
              <p>
                {i18n.t('team.conflict_version', [v.editedBy || '?', new Date(v.editedAt).toLocaleString()])}
              </p>
              <pre>{JSON.stringify(v.brand, null, 2)}</pre>
              <button type="button" onClick={() => keep(v.rev)} disabled={busy}>
                {i18n.t('team.conflict_keep')}
              </button>
            </div>
          ))}
        </section>
      )}
    </fieldset>
  );
}
