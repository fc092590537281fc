import memory from 'pouchdb-adapter-memory';
import type { PouchConstructor } from './db';

/**
 * PouchDB in Node for the tests (imported only by *.test.ts): pouchdb-browser's ESM build, which reads
 * `self` at load (a browser global Node lacks), with the in-memory adapter from pouchdb-adapter-memory.
 */
export async function memoryPouch(): Promise<PouchConstructor> {
  const g = globalThis as { self?: unknown };
  g.self ??= globalThis;
  const PouchDB = (await import('pouchdb-browser/lib/index.es.js')).default;
  PouchDB.plugin(memory);
  return PouchDB;
}
