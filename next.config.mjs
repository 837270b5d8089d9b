// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The production artifact: .next/standalone holds the server and only the node_modules files it
  // uses; scripts/standalone.mjs adds what tracing cannot see (static files, migrations, preloads).
  output: 'standalone',
  outputFileTracingRoot: import.meta.dirname,
  // PGlite ships 25 MB of wasm: keep it out of the bundle and of the public static files.
  // prom-client: one copy for the preload scripts/metrics.cjs and the bundles (one registry).
  serverExternalPackages: [
    '@electric-sql/pglite',
    '@node-rs/argon2',
    'pino',
    'prom-client',
    '@aws-sdk/client-s3',
  ],
  allowedDevOrigins: ['127.0.0.1'],
  // Files go to upload route handlers (app/api/upload/*), which stream with their own limit;
  // a server action's body is read whole before it runs, so actions keep Next's 1 MB.
  experimental: { serverActions: { bodySizeLimit: '1mb' } },
};

export default withNextIntl(nextConfig);
