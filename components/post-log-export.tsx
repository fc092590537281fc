import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { postLogToCsv, postLogToJson } from '../lib/budget/export';
import type { Settings } from '../lib/settings/types';
import { downloadText, loadPostLog } from './budget-data';

export interface PostLogExportProps {
  /** How many events the log holds now (for the hint); the export itself reads the log afresh. */
  count: number | null;
  /** The saved settings: the CSV names each account's brand. */
  settings: Settings;
}

/**
 * Downloads the post log as CSV (for spreadsheets: a byte-order mark so Excel reads emoji and
 * umlauts, formula starts neutralized by the exporter) or as JSON (everything, with a format
 * marker). Reads the log at the click, so a post recorded while the page was open is included.
 */
export function PostLogExport({ count, settings }: PostLogExportProps) {
  const [error, setError] = useState<string | null>(null);
  const save = async (format: 'csv' | 'json') => {
    setError(null);
    try {
      const log = await loadPostLog();
      const day = new Date().toISOString().slice(0, 10);
      if (format === 'csv')
        downloadText(
          postLogToCsv(log, settings, { bom: true }),
          `steady-post-log-${day}.csv`,
          'text/csv;charset=utf-8',
        );
      else downloadText(postLogToJson(log, Date.now()), `steady-post-log-${day}.json`, 'application/json');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class="post-log-export">
      <div class="row">
        <button type="button" onClick={() => void save('csv')} aria-describedby="post-log-hint">
          {i18n.t('budget.export.csv')}
        </button>
        <button type="button" onClick={() => void save('json')} aria-describedby="post-log-hint">
          {i18n.t('budget.export.json')}
        </button>
      </div>
      <p id="post-log-hint" class="hint">
        {count === null ? i18n.t('budget.export.hint') : i18n.t('budget.export.count', count)}
      </p>
      {error && (
        <p class="alert" role="alert">
          {i18n.t('budget.export.failed', [error])}
        </p>
      )}
    </div>
  );
}
