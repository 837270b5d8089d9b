/**
 * What `npm run user:create` reads from its caller, by the rules the admin pages apply: the one
 * login rule (lib/validations/users.ts), and a password taken byte for byte — never trimmed, so
 * that the password typed at sign-in is the one that was set.
 */
import { createInterface } from 'node:readline';
import { loginField } from '@/lib/validations/users';

export const LOGIN_RULE =
  'A login is 3–64 characters: letters without diacritics, digits, dots, dashes or underscores, starting with a letter or digit.';

/** The login as it will be stored, or null when the admin pages would refuse it too. */
export function loginOf(value: string): string | null {
  const parsed = loginField.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** USER_PASSWORD, or the first line of `input` without its line ending: nothing else is removed. */
export async function readPassword(
  env: Record<string, string | undefined>,
  input: NodeJS.ReadableStream,
  prompt?: NodeJS.WritableStream,
): Promise<string> {
  if (env.USER_PASSWORD) return env.USER_PASSWORD;
  prompt?.write('Password (not shown): ');
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lines.close();
    prompt?.write('\n');
    return line;
  }
  return '';
}
