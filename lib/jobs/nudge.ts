/**
 * Asks the server's job queue for a run of a schedule now, rather than at its next minute: a
 * change that queued webhooks calls it. It holds no dependency (the data layer may import it);
 * the queue plugs itself in when it starts (lib/jobs/index.ts). Without a queue (tests, scripts)
 * it does nothing: the schedule's own run is the one that counts, the nudge only hastens it.
 */
type Nudger = (name: string) => Promise<unknown>;

const holder = globalThis as unknown as { __trackerNudger?: Nudger };

export function setNudger(nudger: Nudger | undefined): void {
  holder.__trackerNudger = nudger;
}

/**
 * After a short delay: the caller is inside its transaction, and a run that read before the
 * commit would find nothing (the next minute's run would then send it).
 */
export function nudgeJob(name: string, delayMs = 500): void {
  const nudger = holder.__trackerNudger;
  if (!nudger) return;
  setTimeout(() => {
    nudger(name).catch(() => {});
  }, delayMs).unref();
}
