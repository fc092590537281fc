import type { Brand, Settings, TeamConfig } from '../settings/types';

/**
 * What a team configuration may name (issue 13, "Security"): the server is an origin, https:// unless it is
 * this machine (a CouchDB on localhost for a trial or the tests), and the database a CouchDB database name.
 * Pure: validate.ts and the options page use the same checks.
 */

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The origin of a team server from what people type (`couch.example.com`, `https://couch.example.com/`,
 * `http://localhost:5984`), or null: plain http:// other than loopback is refused (credentials and posts
 * would cross the network in clear), as are credentials or a path in the address.
 */
export function teamOrigin(input: string): string | null {
  let s = input.trim();
  if (s === '') return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) s = `https://${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== '/' && url.pathname !== '') return null;
  if (url.protocol === 'https:')
    return /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/.test(url.hostname) ? url.origin : null;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url.origin;
  return null;
}

/** CouchDB's rule for database names (docs.couchdb.org, PUT /{db}), at most 238 characters. */
export function isDatabaseName(s: string): boolean {
  return /^[a-z][a-z0-9_$()+/-]{0,237}$/.test(s);
}

/** The database's URL (a `/` in a name is escaped, as CouchDB asks). */
export function databaseUrl(team: Pick<TeamConfig, 'server' | 'database'>): string {
  return `${team.server}/${encodeURIComponent(team.database)}`;
}

/** The host permission asked for at run time: exactly this origin (scheme, host and port). */
export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/** The brands whose team sync is on. */
export function teamBrands(settings: Settings): Array<Brand & { team: TeamConfig }> {
  return settings.brands.filter((b): b is Brand & { team: TeamConfig } => b.team?.enabled === true);
}

/**
 * The name of the brand's database inside the extension (IndexedDB). It names the server and database too,
 * so pointing a brand at another database starts from an empty copy instead of pushing one team's posts
 * into another's database.
 */
export function localDatabaseName(brandId: string, team: Pick<TeamConfig, 'server' | 'database'>): string {
  // No `/` or `:` in the name: PouchDB reads a name with `://` as a remote URL, and LevelDB-based adapters
  // (the Node tests' memory adapter) as a path.
  return ['steady-team', brandId, team.server, team.database].map(encodeURIComponent).join('_');
}
