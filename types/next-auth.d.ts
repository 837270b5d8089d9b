import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      sessionVersion: number;
      sessionId: string;
      name?: string | null;
      /** signed in through the OpenID Connect provider (no password was used) */
      viaProvider?: boolean;
      /** the provider asserted a multi-factor sign-in (lib/auth/oidc.ts) */
      providerMfa?: boolean;
    };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
    /** this session's id: refused once it is in ended_sessions */
    sid?: string;
    /** signed in at, seconds since the epoch */
    at?: number;
    /** last request at, seconds since the epoch */
    seen?: number;
    /** signed in through the OpenID Connect provider */
    oidc?: boolean;
    /** ... which asserted a multi-factor sign-in */
    mfa?: boolean;
  }
}
