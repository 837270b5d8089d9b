import { z } from 'zod';
import { cleanText } from '@/lib/domain/text';

/** Login form: bounded so that a huge field is refused before any hashing. */
export const LoginInput = z
  .object({
    login: z.string().transform(cleanText).pipe(z.string().min(1).max(64)),
    password: z.string().min(1).max(256),
  })
  .strict();
export type LoginInput = z.infer<typeof LoginInput>;

/** Second sign-in step: the sealed challenge (from the cookie) and a one-time or recovery code. */
export const SecondFactorInput = z
  .object({
    challenge: z.string().min(1).max(1000),
    code: z.string().min(1).max(40),
  })
  .strict();

/** A code typed into the two-factor forms of the account page. */
export const TwoFactorCodeInput = z
  .object({
    code: z.string().trim().min(1, 'twoFactor.errors.codeRequired').max(40, 'twoFactor.errors.wrong_code'),
  })
  .strict();

/** Proof of the owner for a change to two-factor sign-in: a code or the password. */
export const TwoFactorProofInput = z
  .object({
    proof: z.string().min(1, 'twoFactor.errors.proofRequired').max(256, 'twoFactor.errors.wrong_proof'),
  })
  .strict();
