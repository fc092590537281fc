import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { syncStateText } from '../../components/team-state';
import { PLATFORM_NAMES } from '../../lib/core';
import { call, type TeamStatusReply } from '../../lib/protocol';
import { loadSettings } from '../../lib/storage/settings';

/**
 * Team sync in the popup (issue 13): per synced brand the sync state in words, and the latest posts of the
 * synced brands with who posted them. Opening the popup asks for a round (so the counts are the team's at
 * the latest now); the budget section below follows the post log and updates when the pull lands.
 * Nothing shows, and nothing is asked beyond `team-status`, for a user without team sync.
 */
export function TeamSection() {
  const [status, setStatus] = useState<TeamStatusReply | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});

  useEffect(() => {
    let stopped = false;
    void loadSettings().then(({ settings }) => {
      if (!stopped) setNames(Object.fromEntries(settings.brands.map((b) => [b.id, b.name])));
    });
    void call('team-status', {}, { timeoutMs: 3_000 }).then((reply) => {
      if (stopped || !reply?.ok || reply.states.length === 0) return;
      setStatus(reply);
      void call('team-sync-now', {}, { timeoutMs: 30_000 }).then((after) => {
        if (!stopped && after?.ok) setStatus(after);
      });
    });
    return () => {
      stopped = true;
    };
  }, []);

  if (!status?.ok || status.states.length === 0) return null;
  return (
    <section class="team" aria-labelledby="team-heading" data-testid="popup-team">
      <h2 id="team-heading">{i18n.t('team.heading')}</h2>
      {status.states.map((s) => (
        <p key={s.brandId} data-testid="popup-team-state" data-problem={s.problem ?? ''}>
          {names[s.brandId] ? `${names[s.brandId]}: ` : ''}
          {syncStateText(s)}
        </p>
      ))}
      {status.recent.length > 0 && (
        <>
          <h3>{i18n.t('team.who_heading')}</h3>
          <ul class="team-recent" data-testid="popup-team-recent">
            {status.recent.map((p) => (
              <li key={`${p.at}-${p.account}-${p.member ?? ''}`}>
                <time dateTime={new Date(p.at).toISOString()}>
                  {new Date(p.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
                </time>{' '}
                {p.member ?? i18n.t('team.you')} · {PLATFORM_NAMES[p.site]} {p.account}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
