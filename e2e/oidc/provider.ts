import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import Provider, { type Configuration } from 'oidc-provider';
import { OIDC_TEST } from './settings';

/**
 * A real OpenID Connect provider (panva's oidc-provider) on loopback for the end-to-end tests,
 * started by playwright.config.ts as a web server. Its sign-in page is the tests' own: a
 * subject, an optional login name (`preferred_username`) and a "second factor" box that puts
 * `mfa` in the ID token's `amr`, so that a test chooses who signs in and how.
 */

const port = Number(process.argv[2] || OIDC_TEST.port);
const issuer = `http://127.0.0.1:${port}`;
const redirectUris = (process.env.OIDC_TEST_REDIRECT_URIS ?? '').split(',').filter(Boolean);
/** preferred_username by subject, as entered on the sign-in page. */
const usernames = new Map<string, string>();

const configuration: Configuration = {
  clients: [
    {
      client_id: OIDC_TEST.clientId,
      client_secret: OIDC_TEST.clientSecret,
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  cookies: { keys: ['e2e-only-oidc-provider-cookie-key'] },
  // amr is in every ID token (as Keycloak puts it there): the tests' "second factor" box sets it.
  claims: { openid: ['sub', 'amr'], profile: ['preferred_username', 'name'] },
  // As Keycloak does: the profile's claims are in the ID token too (the tracker reads only it).
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  async findAccount(_ctx, sub) {
    return {
      accountId: sub,
      async claims() {
        const username = usernames.get(sub);
        return { sub, name: `Người dùng ${sub}`, ...(username ? { preferred_username: username } : {}) };
      },
    };
  },
  // First-party client: no consent screen.
  async loadExistingGrant(ctx) {
    const grantId =
      ctx.oidc.result?.consent?.grantId || ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? '');
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client?.clientId,
      accountId: ctx.oidc.session?.accountId,
    });
    grant.addOIDCScope('openid profile');
    grant.addOIDCClaims(['preferred_username', 'name']);
    await grant.save();
    return grant;
  },
  ttl: { Session: 60, Interaction: 600, Grant: 600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
};

const provider = new Provider(issuer, configuration);
const htmlText = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function interaction(req: IncomingMessage, res: ServerResponse, uid: string) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (req.method === 'POST') {
    const form = await readForm(req);
    const subject = (form.get('subject') ?? '').trim();
    const username = (form.get('username') ?? '').trim();
    if (username) usernames.set(subject, username);
    else usernames.delete(subject);
    const amr = form.get('mfa') === 'on' ? ['pwd', 'mfa'] : ['pwd'];
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: subject, amr } },
      {
        mergeWithLastSubmission: false,
      },
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(`<!doctype html><html lang="vi"><head><title>Cổng định danh thử nghiệm</title></head><body>
<h1>Cổng định danh thử nghiệm</h1>
<form method="post" action="/interaction/${htmlText(uid)}">
<label>Subject <input name="subject" required></label>
<label>Username <input name="username"></label>
<label><input type="checkbox" name="mfa"> Second factor</label>
<button type="submit">Sign in at provider</button>
</form></body></html>`);
}

const callback = provider.callback();
createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)$/.exec(req.url ?? '');
  if (!match) return callback(req, res);
  interaction(req, res, match[1]).catch((error) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  });
}).listen(port, '127.0.0.1');
