/**
 * The part of Node's `events` module that pouchdb-browser imports (`import EE from 'events'`), for the
 * extension bundle: Vite leaves Node built-ins out of browser builds (an empty module, so PouchDB's
 * `class Changes extends EE` would throw in the service worker), and the `events` npm package is not a
 * dependency. wxt.config.ts aliases `events` to this file. What PouchDB 9 calls, read in
 * node_modules/pouchdb-browser/lib/index.es.js: on/addListener, once, removeListener, removeAllListeners,
 * emit, listeners, listenerCount (also the static form), setMaxListeners; and it copies every
 * *enumerable* prototype method onto the PouchDB constructor, so the methods are assigned to the
 * prototype below (class methods would not be enumerable). Node tests use Node's own `events`.
 */
type Listener = (...args: unknown[]) => void;

interface Emitter {
  _events?: Map<string | symbol, Listener[]>;
}

// A function, not a class or an arrow: PouchDB extends it (`class … extends EE`) and copies its enumerable methods.
const EventEmitter = function (this: Emitter) {
  this._events = new Map();
} as unknown as {
  new (): EventEmitterInstance;
  prototype: EventEmitterInstance;
  listenerCount(emitter: EventEmitterInstance, type: string | symbol): number;
};

export interface EventEmitterInstance {
  on(type: string | symbol, listener: Listener): this;
  addListener(type: string | symbol, listener: Listener): this;
  once(type: string | symbol, listener: Listener): this;
  removeListener(type: string | symbol, listener: Listener): this;
  off(type: string | symbol, listener: Listener): this;
  removeAllListeners(type?: string | symbol): this;
  emit(type: string | symbol, ...args: unknown[]): boolean;
  listeners(type: string | symbol): Listener[];
  listenerCount(type: string | symbol): number;
  setMaxListeners(n: number): this;
  getMaxListeners(): number;
}

function table(self: Emitter): Map<string | symbol, Listener[]> {
  if (!self._events) self._events = new Map();
  return self._events;
}

interface Wrapped extends Listener {
  listener?: Listener;
}

const proto = EventEmitter.prototype as EventEmitterInstance & Emitter;
proto.on = function (this: Emitter & EventEmitterInstance, type, listener) {
  const list = table(this).get(type) ?? [];
  table(this).set(type, [...list, listener]);
  return this;
};
proto.addListener = proto.on;
proto.once = function (this: EventEmitterInstance, type, listener) {
  const wrapped: Wrapped = (...args: unknown[]) => {
    this.removeListener(type, wrapped);
    listener.apply(this, args);
  };
  wrapped.listener = listener;
  return this.on(type, wrapped);
};
proto.removeListener = function (this: Emitter & EventEmitterInstance, type, listener) {
  const list = table(this).get(type);
  if (!list) return this;
  const i = list.findIndex((l) => l === listener || (l as Wrapped).listener === listener);
  if (i >= 0) {
    const next = [...list.slice(0, i), ...list.slice(i + 1)];
    if (next.length === 0) table(this).delete(type);
    else table(this).set(type, next);
  }
  return this;
};
proto.off = proto.removeListener;
proto.removeAllListeners = function (this: Emitter & EventEmitterInstance, type) {
  if (type === undefined) table(this).clear();
  else table(this).delete(type);
  return this;
};
proto.emit = function (this: Emitter & EventEmitterInstance, type, ...args) {
  const list = table(this).get(type);
  if (!list || list.length === 0) {
    // Node throws an unhandled 'error' event; so do we, rather than swallow it.
    if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(String(args[0]));
    return false;
  }
  // A copy: a `once` listener removes itself while the list is walked.
  for (const l of [...list]) l.apply(this, args);
  return true;
};
proto.listeners = function (this: Emitter, type) {
  return (table(this).get(type) ?? []).map((l) => (l as Wrapped).listener ?? l);
};
proto.listenerCount = function (this: Emitter, type) {
  return table(this).get(type)?.length ?? 0;
};
proto.setMaxListeners = function (this: EventEmitterInstance) {
  return this;
};
proto.getMaxListeners = () => Number.POSITIVE_INFINITY;
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);

export { EventEmitter };
export default EventEmitter;
