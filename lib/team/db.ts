/**
 * The part of PouchDB team sync uses, typed here instead of through @types/pouchdb-*: those declare a global
 * `Buffer` interface that breaks Node's own types for the whole project (tsc fails in cli/). The background
 * opens databases with pouchdb-browser (./pouchdb-modules.d.ts), the Node tests with the memory adapter;
 * both are PouchDB 9 and answer this shape.
 */

export type Seq = number | string;

export interface StoredDoc {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  _deleted?: boolean;
  [field: string]: unknown;
}

export interface ReplicationResult {
  ok: boolean;
  last_seq: Seq;
  docs_read: number;
  docs_written: number;
  errors: unknown[];
}

export interface ReplicateOptions {
  batch_size?: number;
  batches_limit?: number;
}

export interface TeamDb {
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<StoredDoc>;
  put(doc: object): Promise<{ ok: boolean; id: string; rev: string }>;
  remove(id: string, rev: string): Promise<unknown>;
  bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<unknown[]>;
  allDocs(options: { keys: string[] }): Promise<{
    rows: Array<{ key: string; id?: string; value?: { rev: string; deleted?: boolean }; error?: string }>;
  }>;
  changes(options: {
    since: Seq;
    include_docs?: boolean;
    limit?: number;
  }): Promise<{ results: Array<{ id: string; seq: Seq; doc?: unknown; deleted?: boolean }>; last_seq: Seq }>;
  info(): Promise<{ update_seq: Seq; doc_count: number }>;
  replicate: {
    to(target: TeamDb, options?: ReplicateOptions): Promise<ReplicationResult>;
    from(source: TeamDb, options?: ReplicateOptions): Promise<ReplicationResult>;
  };
  close(): Promise<void>;
  destroy(): Promise<unknown>;
}

export interface PouchOptions {
  adapter?: string;
  auth?: { username: string; password: string };
  /** Remote databases: never create the database (a member cannot, and a typo must not make a new one). */
  skip_setup?: boolean;
}

export interface PouchConstructor {
  new (name: string, options?: PouchOptions): TeamDb;
  plugin(plugin: unknown): PouchConstructor;
}
