import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; sessionVersion: number; name?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    sv?: number;
    /** signed in at, seconds since the epoch */
    at?: number;
    /** last request at, seconds since the epoch */
    seen?: number;
  }
}
