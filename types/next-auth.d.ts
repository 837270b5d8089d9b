import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; sessionVersion: number; sessionId: string; name?: string | null };
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
  }
}
