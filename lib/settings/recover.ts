import { type ErrorCode, errorAt, type ValidationError } from '../validation/errors';
import { migrateSettings } from './migrations';
import { SETTINGS_VERSION, type Settings } from './types';
import { validateSettings } from './validate';

/**
 * What can be read back from a backup of settings that could not be loaded (the backup that
 * lib/storage/settings.ts keeps under `settings-corrupt-backup`). Such a value is unreadable as a
 * whole, typically written by a newer Steady before a downgrade (a higher version, a field this
 * one does not know) or damaged in one place; everything else in it, brands above all, is still
 * the user's work. Recovery keeps every part that validates and leaves out only what does not:
 *
 * - a newer version is read as this version (its new fields are then unknown and left out);
 *   an older one is migrated as usual;
 * - a field this version does not know is left out;
 * - an invalid value is left out where it is optional (a limit, a budget, a rule), else the
 *   smallest list item that holds it (one account, one banned phrase; a brand without a valid
 *   name or id as a whole).
 *
 * The result is validated like any save; `dropped` names what was left out (validation paths).
 * Pure: no storage, so it runs in Node tests.
 */
export type Recovered =
  | { ok: true; value: Settings; dropped: string[] }
  | { ok: false; errors: ValidationError[] };

/** Enough rounds for every error of a 1 MB value to be removed one level at a time. */
const MAX_ROUNDS = 200;
const REMOVED = Symbol('removed');

/** `maxRounds` is for tests of the limit. */
export function recoverSettings(raw: unknown, maxRounds = MAX_ROUNDS): Recovered {
  if (!isRecord(raw)) return fail('backup_not_object');
  let current: unknown = structuredClone(raw);
  const fromVersion = (current as Record<string, unknown>).version;
  if (typeof fromVersion === 'number' && Number.isInteger(fromVersion) && fromVersion < SETTINGS_VERSION) {
    const migrated = migrateSettings(current, fromVersion);
    if (!migrated.ok) return migrated;
    current = migrated.value;
  }
  if (!isRecord(current)) return fail('backup_not_object');
  // What this Steady reads; a newer version's extra fields are left out below as unknown.
  current.version = SETTINGS_VERSION;

  const dropped: string[] = [];
  const tried = new Set<string>();
  for (let round = 0; round < maxRounds; round++) {
    const validated = validateSettings(current);
    if (validated.ok) return { ok: true, value: validated.value, dropped };
    let progress = false;
    for (const { path, code } of validated.errors) {
      if (path === '' || path === 'version') return { ok: false, errors: validated.errors };
      // First the field itself (optional fields fall back to their defaults); when that did not
      // help (a required field), the list item around it; at the top level, the field.
      const target = tried.has(path) || code === 'required' ? enclosingItem(path) : path;
      tried.add(path);
      if (target !== null && remove(current, target)) {
        dropped.push(target);
        progress = true;
      }
    }
    current = compact(current);
    if (!progress) return { ok: false, errors: validated.errors };
  }
  return fail('backup_too_complex');
}

/** `brands[0].accounts[1].handle` → `brands[0].accounts[1]`; `sites.x` → `sites`; `brands[0]` → null. */
function enclosingItem(path: string): string | null {
  const items = [...path.matchAll(/\[\d+\]/g)];
  const last = items.at(-1);
  if (last?.index !== undefined) {
    const end = last.index + last[0].length;
    // Already the item itself: its list is the enclosing thing, which would drop every brand.
    return end === path.length ? null : path.slice(0, end);
  }
  const top = path.split('.')[0] ?? '';
  return top !== '' && top !== path ? top : null;
}

type Step = string | number;

function steps(path: string): Step[] {
  const out: Step[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return out;
}

/** Marks the value at `path` removed (list items become REMOVED, fields are deleted). */
function remove(root: unknown, path: string): boolean {
  const list = steps(path);
  const last = list.pop();
  if (last === undefined) return false;
  let node: unknown = root;
  for (const step of list) {
    if (typeof step === 'number' ? !Array.isArray(node) : !isRecord(node)) return false;
    node = (node as Record<Step, unknown>)[step];
  }
  if (typeof last === 'number') {
    if (!Array.isArray(node) || last >= node.length || node[last] === REMOVED) return false;
    node[last] = REMOVED;
    return true;
  }
  if (!isRecord(node) || !(last in node)) return false;
  delete node[last];
  return true;
}

/** Takes the removed items out of their lists (after a round, so paths stay valid within it). */
function compact(v: unknown): unknown {
  if (Array.isArray(v)) return v.filter((x) => x !== REMOVED).map(compact);
  if (isRecord(v)) {
    for (const k of Object.keys(v)) v[k] = compact(v[k]);
    return v;
  }
  return v;
}

function fail(code: ErrorCode): Recovered {
  return { ok: false, errors: [errorAt('', code)] };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
