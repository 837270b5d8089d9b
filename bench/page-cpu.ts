/**
 * npx tsx bench/page-cpu.ts --base URL --server-pid PID [--login bench.leader] [--requests 100] PATH…
 *
 * The server's own CPU time per page: the next-server process's utime + stime (/proc/PID/stat)
 * over N sequential requests of each path, after five unmeasured ones, divided by N. Unlike a
 * latency, CPU time barely moves with the machine's load, so two builds can be compared on a busy
 * machine. It counts every thread of the process (JavaScript, GC, compression, crypto), not the
 * database's share. PID: the `next-server` process (`ss -ltnp | grep :PORT`).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { getWithJar, jarOf, login } from './http';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://localhost:3000' },
    'server-pid': { type: 'string' },
    login: { type: 'string', default: 'bench.leader' },
    password: { type: 'string', default: 'BenchNQ23-2024' },
    requests: { type: 'string', default: '100' },
  },
});
const pid = Number(values['server-pid']);
if (!pid) throw new Error('--server-pid is required (the next-server process)');

/** utime + stime in milliseconds (clock ticks of 10 ms). */
function cpuMs(): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

const base = values.base;
const jar = jarOf(await login(base, values.login, values.password));
const requests = Number(values.requests);
const get = async (path: string) => (await getWithJar(base + path, jar)).response.arrayBuffer();
for (const path of positionals.length ? positionals : ['/dashboard']) {
  for (let i = 0; i < 5; i++) await get(path);
  const cpu = cpuMs();
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < requests; i++) bytes += (await get(path)).byteLength;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  console.log(
    JSON.stringify({
      path,
      login: values.login,
      requests,
      serverCpuMs: +((cpuMs() - cpu) / requests).toFixed(1),
      wallMs: +((performance.now() - start) / requests).toFixed(1),
      kb: Math.round(bytes / requests / 1024),
      load,
    }),
  );
}
