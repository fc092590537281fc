import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS } from '../settings/migrations';
import { defaultSettings, SETTINGS_VERSION, type Settings } from '../settings/types';

/**
 * The one definition of where and how the settings are stored: key, fallback, version and
 * migrations. Every reader goes through it: lib/storage/settings.ts (validated loads and saves,
 * for the background, popup and options page) and lib/storage/site-switch.ts (the content
 * script's site switch). It lives apart from settings.ts only because that module validates,
 * and validation compiles brand rules, which would pull the scorer into every social page
 * (the content script must stay under 30 KB gzipped).
 *
 * What `getValue` returns is whatever was stored (typed `Settings`, but never trusted): readers
 * validate or guard it.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});
