import { CredentialsSignin } from 'next-auth';

/** Thrown by the credentials provider: no session yet, ask for the code. */
export class SecondFactorRequired extends CredentialsSignin {
  code = 'second_factor';
  constructor(readonly challenge: string) {
    super('second factor required');
  }
}
