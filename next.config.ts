import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // PGlite ships 25 MB of wasm: keep it out of the bundle and of the public static files.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'pino'],
  allowedDevOrigins: ['127.0.0.1'],
  // Spreadsheet imports (issue #9) accept files up to 10 MB; the parser refuses larger ones itself.
  experimental: { serverActions: { bodySizeLimit: '11mb' } },
};

export default withNextIntl(nextConfig);
