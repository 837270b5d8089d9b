/**
 * Documents bench (issue 16): 50 parallel uploads of 10 MB each while the server's resident
 * memory is sampled (it must stay under 400 MB: uploads stream to disk, never held whole), then
 * a 25 MB document uploaded and downloaded, timed (≥ 50 MB/s from PostgreSQL).
 *
 *   npx tsx bench/documents.ts --base http://localhost:3262 --pid <server pid> [--login hp.danvan]
 *
 * The server needs demo data (SEED_DEMO=1) and DOCUMENT_MAX_MB ≥ 25 (the default).
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { login } from './http';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2)
  args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const base = args.get('base') ?? 'http://localhost:3262';
const pid = Number(args.get('pid'));
const loginName = args.get('login') ?? 'hp.danvan';
const parallel = Number(args.get('parallel') ?? 50);
const MB = 1024 * 1024;

/** The resident memory of the server and its children (Next may run workers), in MB. */
function rssMb(root: number): number {
  const pids = [root];
  for (let i = 0; i < pids.length; i += 1) {
    try {
      const children = readFileSync(`/proc/${pids[i]}/task/${pids[i]}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    } catch {
      // a process that ended meanwhile
    }
  }
  let kb = 0;
  for (const p of pids) {
    try {
      const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (match) kb += Number(match[1]);
    } catch {
      // ended
    }
  }
  return kb / 1024;
}

/** A PDF-looking file of `size` bytes: a unique head, then incompressible bytes shared by all. */
function pdfBlob(tag: string, body: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([new TextEncoder().encode(`%PDF-1.4\n% ${tag}\n`), body]);
}

async function upload(cookie: string, file: Blob, title: string): Promise<{ status: number; id?: string }> {
  const form = new FormData();
  form.set('recordKind', 'task_update');
  form.set('record', 'NV-HP-06');
  form.set('title', title);
  form.set('file', file, `${title}.pdf`);
  const response = await fetch(`${base}/api/upload/documents`, {
    method: 'POST',
    body: form,
    headers: { cookie, origin: base },
  });
  const body = (await response.json()) as { id?: string };
  return { status: response.status, id: body.id };
}

async function main() {
  const cookie = await login(base, loginName, 'DemoNQ23-2024');
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, 50);

  const shared = new Uint8Array(randomBytes(10 * MB - 64));
  const started = performance.now();
  const answers = await Promise.all(
    Array.from({ length: parallel }, (_, i) =>
      upload(cookie, pdfBlob(`bench ${Date.now()} ${i}`, shared), `bench-${i}`),
    ),
  );
  const uploadSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, rssMb(pid));

  const big = new Uint8Array(randomBytes(25 * MB - 64));
  const bigFile = pdfBlob(`big ${Date.now()}`, big);
  const bigBytes = Buffer.from(await bigFile.arrayBuffer());
  const { id } = await upload(cookie, bigFile, 'bench-25mb');
  const t0 = performance.now();
  const response = await fetch(`${base}/api/documents/${id}`, { headers: { cookie } });
  const hash = createHash('sha256');
  let received = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    hash.update(chunk);
    received += chunk.length;
  }
  const downloadSeconds = (performance.now() - t0) / 1000;
  const same = hash.digest('hex') === createHash('sha256').update(bigBytes).digest('hex');

  const statuses: Record<number, number> = {};
  for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  console.log(
    JSON.stringify(
      {
        parallelUploads: parallel,
        uploadMb: 10,
        statuses,
        uploadSeconds: Number(uploadSeconds.toFixed(1)),
        serverRssMbBefore: Math.round(before),
        serverRssMbPeak: Math.round(peak),
        download: {
          status: response.status,
          mb: Number((received / MB).toFixed(1)),
          seconds: Number(downloadSeconds.toFixed(2)),
          mbPerSecond: Number((received / MB / downloadSeconds).toFixed(1)),
          bytesMatch: same,
        },
        load: loadavg().map((l) => Number(l.toFixed(1))),
      },
      null,
      2,
    ),
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
