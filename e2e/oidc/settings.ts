/**
 * The test provider of the end-to-end servers (e2e/oidc/provider.ts): E2E_PORT + 5, as
 * playwright.config.ts derives its ports (E2E_PORT unset → 3100).
 */
const base = Number(process.env.E2E_PORT || 3100);

export const OIDC_TEST = {
  port: base + 5,
  issuer: `http://127.0.0.1:${base + 5}`,
  clientId: 'tracker-e2e',
  clientSecret: 'e2e-only-oidc-client-secret-0123456789',
  name: 'Cổng định danh thử nghiệm',
};
