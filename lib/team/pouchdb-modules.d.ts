// PouchDB's entry points, typed by ./db.ts (see there why not by @types/pouchdb-*). The paths name the
// files so that the DefinitelyTyped packages installed for `pouchdb-browser` are never picked up.
declare module 'pouchdb-browser/lib/index.es.js' {
  import type { PouchConstructor } from './db';
  const PouchDB: PouchConstructor;
  export default PouchDB;
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
