/**
 * A worker for scripts/cluster.test.ts: the metrics preload, then an HTTP server on PORT that
 * answers its pid, and on /metrics the metrics text of lib/metrics.ts (the sum over the workers).
 * It drains on SIGTERM as scripts/graceful-shutdown.cjs does: closes, then exits 0.
 */
import '../../scripts/metrics.cjs';
import { createServer } from 'node:http';
import { metricsText } from '@/lib/metrics';

const server = createServer(async (request, response) => {
  if (request.url === '/metrics') response.end(await metricsText());
  else response.end(String(process.pid));
});
server.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
