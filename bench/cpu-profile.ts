/**
 * npx tsx bench/cpu-profile.ts FILE.cpuprofile [--top 30] [--requests N]
 *
 * Where a server's CPU went, from a V8 profile (`node --cpu-prof --cpu-prof-dir=DIR` on the
 * server): self time by function and by module (an npm package, a chunk of the app, Node
 * itself), and the inclusive time of a few functions that name a stage of a request
 * (rendering, serialising, compressing, the database driver). `--requests`: divide by the number
 * of requests served while profiling, for milliseconds per request.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: 'string', default: '30' },
    requests: { type: 'string' },
    /** list the busy spans (≥ 20 % busy, 500 ms bins) and analyse only span N (1-based) */
    segment: { type: 'string' },
  },
});
const profile = JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile;
const perRequest = values.requests ? Number(values.requests) : 1;
const unit = values.requests ? 'ms/request' : 'ms';

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const isIdle = (id: number) => byId.get(id)?.callFrame.functionName === '(idle)';

// Busy spans: 500 ms bins more than 20 % busy, joined across one quiet bin.
{
  const BIN = 500_000;
  const busy = new Map<number, number>();
  let at = 0;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (!isIdle(id))
      busy.set(Math.floor(at / BIN), (busy.get(Math.floor(at / BIN)) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const active = [...busy]
    .filter(([, us]) => us > BIN * 0.2)
    .map(([bin]) => bin)
    .sort((a, b) => a - b);
  const spans: [number, number][] = [];
  for (const bin of active) {
    const last = spans.at(-1);
    if (last && bin - last[1] <= 2) last[1] = bin;
    else spans.push([bin, bin]);
  }
  console.log(
    `busy spans (s from start): ${spans.map(([a, b], i) => `${i + 1}: ${a / 2}–${(b + 1) / 2}`).join(', ')}`,
  );
  if (values.segment) {
    const span = spans[Number(values.segment) - 1];
    if (!span) throw new Error(`--segment: a span from 1 to ${spans.length}`);
    const [from, to] = span;
    let t = 0;
    profile.samples = profile.samples.map((id, i) => {
      t += profile.timeDeltas[i] ?? 0;
      const bin = Math.floor(t / BIN);
      return bin >= from && bin <= to ? id : -1;
    });
  }
}
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  if (id >= 0) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

/** An npm package, a chunk of the app's build, Node's own code, or V8 (GC, program, idle). */
function moduleOf(url: string, name: string): string {
  if (!url) return `(${name || 'anonymous'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) {
    const inner = /node_modules\/next\/dist\/(compiled\/[^/]+|server\/[^/]+|[^/]+)/.exec(url);
    return pkg[1] === 'next' && inner ? `next/${inner[1]}` : pkg[1];
  }
  if (url.startsWith('node:')) return url;
  const chunk = /\.next\/(?:standalone\/\.next\/)?server\/(.+)$/.exec(url);
  return chunk ? `app:${chunk[1]}` : url.replace(/^.*\//, '');
}

const ms = (us: number) => Math.round((us / 1000 / perRequest) * 10) / 10;
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const idle = [...selfUs].filter(([id]) => byId.get(id)?.callFrame.functionName === '(idle)');
const idleUs = idle.reduce((a, [, us]) => a + us, 0);
console.log(`profile: ${ms(total)} ${unit} sampled, of which idle ${ms(idleUs)}, busy ${ms(total - idleUs)}`);

function table(title: string, entries: Map<string, number>) {
  console.log(`\n${title}`);
  const top = [...entries].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top));
  for (const [key, us] of top) console.log(`${String(ms(us)).padStart(8)}  ${key}`);
}

const byFunction = new Map<string, number>();
const byModule = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  if (functionName === '(idle)') continue;
  const where = `${functionName || '(anonymous)'} ${moduleOf(url, functionName)}:${lineNumber + 1}`;
  byFunction.set(where, (byFunction.get(where) ?? 0) + us);
  const mod = moduleOf(url, functionName);
  byModule.set(mod, (byModule.get(mod) ?? 0) + us);
}
table(`self time by module (${unit})`, byModule);
table(`self time by function (${unit})`, byFunction);

// Inclusive time of the functions that name a stage: a sample counts once per stage even when
// the function recurses.
const STAGES = [
  'renderToReadableStream',
  'renderToHTMLOrFlight',
  'renderModel',
  'renderElement',
  'retryTask',
  'performWork',
  'resolveModelToJSON',
  'createFromReadableStream',
  'processFullStringRow',
  'parseModelString',
  'renderToInitialFormState',
  'renderNode',
  'renderElement',
  'flushCompletedQueues',
  'htmlEscapeJsonString',
  'writeFlightDataInstruction',
  'createInlinedDataReadableStream',
  'compression',
  'gzip',
  'deflate',
  'zlibOnWrite',
  'processWrite',
  'parseRow',
  'handleDataRow',
  'decode',
  'jwtDecrypt',
  'compactDecrypt',
  'hkdf',
  'createTranslator',
  'createMessageFormatter',
  'IntlMessageFormat',
  'getMessages',
  'formatMessage',
  'JSON.parse',
  'stringify',
  'parse',
  'adapter',
  'proxy',
];
const inclusive = new Map<string, number>();
profile.samples.forEach((leaf, i) => {
  if (leaf < 0) return;
  const seen = new Set<string>();
  for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
    const name = byId.get(id)!.callFrame.functionName;
    if (STAGES.includes(name) && !seen.has(name)) {
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  }
});
table(`inclusive time of named stages (${unit})`, inclusive);
