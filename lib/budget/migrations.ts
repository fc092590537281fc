/**
 * Upgrades of the stored post log, one per version step, like lib/settings/migrations.ts:
 * `POST_LOG_MIGRATIONS[n]` turns a version n−1 log into version n and sets its `version` field.
 * The input is `unknown` (old data is never trusted) and the result is always checked afterwards
 * by `parsePostLog`. The table drives `postLogItem` in lib/storage/post-log.ts, where WXT storage
 * runs it when the stored meta version is older.
 *
 * Version 1 is the first shape, so the table is empty. To change the shape: bump POST_LOG_VERSION
 * in ./types.ts, add the step here, and add a hand-made fixture of the old version under
 * ./fixtures/ with a test that it migrates to a log `parsePostLog` reads without dropping events.
 */
export type PostLogMigration = (previous: unknown) => unknown;

export const POST_LOG_MIGRATIONS: Readonly<Record<number, PostLogMigration>> = {};
