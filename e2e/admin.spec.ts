import { expect, loginAs, test } from './fixtures';

test.describe('security headers', () => {
  test('a signed-in page has a nonce CSP, HSTS, nosniff, a referrer policy and no-store @smoke', async ({
    page,
  }) => {
    await loginAs(page, 'hp.lanhdao');
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto('/dashboard');
    const headers = response!.headers();
    const csp = headers['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(csp).toContain(directive);
    }
    expect(headers['strict-transport-security']).toContain('max-age=');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
    expect(headers['cache-control']).toContain('no-store');
    // The page still hydrates under the policy: the language switch works without a reload.
    await page.getByRole('button', { name: /English/ }).click();
    await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
    await page.getByRole('button', { name: /Tiếng Việt/ }).click();
    expect(errors.filter((text) => text.includes('Content Security Policy'))).toEqual([]);
  });

  test('the nonce changes on every request, and the health check has the headers too', async ({
    request,
  }) => {
    const first = await request.get('/login');
    const second = await request.get('/login');
    const nonce = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    expect(nonce(first.headers()['content-security-policy'])).toBeTruthy();
    expect(nonce(first.headers()['content-security-policy'])).not.toBe(
      nonce(second.headers()['content-security-policy']),
    );
    const health = await request.get('/api/health');
    expect(health.headers()['x-content-type-options']).toBe('nosniff');
    expect(health.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(health.headers()['strict-transport-security']).toBeTruthy();
  });
});
