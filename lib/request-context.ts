import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The request being served, set by scripts/request-id.cjs (preloaded by every serving command)
 * around each request: one store on globalThis under a registry symbol, so the preload (plain
 * CommonJS, outside Next's bundles) and every bundle see the same one.
 */
export type RequestContext = { reqId: string };

const key = Symbol.for('nq23.request-context');
type Holder = { [key]?: AsyncLocalStorage<RequestContext> };

export function requestContextStorage(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as Holder;
  holder[key] ??= new AsyncLocalStorage<RequestContext>();
  return holder[key];
}

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return requestContextStorage().getStore()?.reqId;
}
