import { NextRequest } from 'next/server';
import { handlers } from '@/auth';

/**
 * Auth.js builds the provider's redirect URI (/api/auth/callback/oidc) from the request's URL,
 * which `next start` gives with the address it listens on (http://0.0.0.0:3000). Without
 * AUTH_URL, the address the browser used is the one to take — the Host (or X-Forwarded-Host)
 * and X-Forwarded-Proto that `trustHost` already trusts (auth.config.ts).
 */
function asAddressed(request: NextRequest): NextRequest {
  if (process.env.AUTH_URL) return request;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!host) return request;
  const protocol = request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(/:$/, '');
  const { pathname, search } = request.nextUrl;
  try {
    return new NextRequest(new URL(`${pathname}${search}`, `${protocol}://${host}`), request);
  } catch {
    return request;
  }
}

export async function GET(request: NextRequest) {
  return handlers.GET(asAddressed(request));
}

export async function POST(request: NextRequest) {
  return handlers.POST(asAddressed(request));
}
