import NextAuth from 'next-auth';
import { authConfig } from '@/auth.config';
import { authSecret } from '@/lib/config';

// A first gate only: every page, action and route checks the viewer again on the server.
const { auth } = NextAuth(() => ({ ...authConfig, secret: authSecret() }));
export const proxy = auth;

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg).*)'],
};
