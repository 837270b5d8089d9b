import { z } from 'zod';
import { asText } from './common';

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
/** How long a new token lives, in days: a token never lives for ever. */
export const TOKEN_LIFETIMES = ['30', '90', '365'] as const;
export const TOKEN_NAME_MAX = 100;

/** A new personal access token (account/tokens). */
export const TokenCreateInput = z
  .object({
    name: z.preprocess(
      asText,
      z.string().min(1, 'apiTokens.errors.nameRequired').max(TOKEN_NAME_MAX, 'apiTokens.errors.nameTooLong'),
    ),
    scope: z.enum(TOKEN_SCOPES, { message: 'apiTokens.errors.scopeInvalid' }),
    lifetime: z.enum(TOKEN_LIFETIMES, { message: 'apiTokens.errors.lifetimeInvalid' }).transform(Number),
    /** the current password: a session left open is no way to a token */
    password: z
      .string({ message: 'apiTokens.errors.passwordRequired' })
      .min(1, 'apiTokens.errors.passwordRequired')
      .max(256),
  })
  .strict();
export type TokenCreateInput = z.infer<typeof TokenCreateInput>;

export const TokenRevokeInput = z
  .object({
    id: z.preprocess(
      asText,
      z
        .string()
        .regex(/^\d{1,9}$/, 'apiTokens.errors.notFound')
        .transform(Number),
    ),
  })
  .strict();
