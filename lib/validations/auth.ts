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
