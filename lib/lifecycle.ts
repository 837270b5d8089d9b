/**
 * Where the server process is in its life, for /api/ready: `starting` until instrumentation.ts
 * has prepared the database, `ready` after, `draining` from SIGTERM/SIGINT until it exits
 * (scripts/graceful-shutdown.cjs, preloaded by every serving command, owns the signals).
 * Kept on globalThis under a registry symbol: the preload (plain CommonJS, outside Next's
 * bundles), instrumentation and the route bundles all see the one object.
 */
export type Phase = 'starting' | 'ready' | 'draining';

const key = Symbol.for('nq23.lifecycle');
type State = { phase: Phase; stopHooks?: (() => Promise<void>)[] };
type Holder = { [key]?: State };

function state(): State {
  const holder = globalThis as Holder;
  holder[key] ??= { phase: 'starting' };
  return holder[key];
}

export function serverPhase(): Phase {
  return state().phase;
}

/** The database is prepared: ready, unless a signal has already started the drain. */
export function markReady(): void {
  const current = state();
  if (current.phase === 'starting') current.phase = 'ready';
}

/** For tests: put the phase back. */
export function setServerPhase(phase: Phase): void {
  state().phase = phase;
}

/**
 * Work to stop after the drain and before the database closes (the job queue): the preload
 * runs these hooks in order, each with the drain's time limit.
 */
export function onStop(hook: () => Promise<void>): void {
  const current = state();
  current.stopHooks ??= [];
  current.stopHooks.push(hook);
}
