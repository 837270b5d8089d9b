import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { UserCreateInput } from '@/lib/validations/users';
import { loginOf, readPassword } from './user-create-input';

describe('user:create reads what the admin pages read', () => {
  it('takes the same logins as the admin form, and refuses the same', () => {
    const adminTakes = (login: string) => UserCreateInput.shape.login.safeParse(login).success;
    for (const login of [
      'hp.canbo',
      'Admin_2',
      'a-b',
      'ab',
      'Hải.Phòng',
      'x@y.vn',
      '.dot',
      'a b',
      'x'.repeat(65),
    ]) {
      expect(loginOf(login) !== null, login).toBe(adminTakes(login));
    }
    expect(loginOf('ab')).toBeNull(); // the command once took two characters, the form three
    expect(loginOf('Hải.Phòng')).toBeNull(); // and letters with diacritics
    expect(loginOf('hp.canbo')).toBe('hp.canbo');
  });

  it('never trims a password, from the environment or from standard input', async () => {
    expect(await readPassword({ USER_PASSWORD: '  cụm từ bí mật  ' }, Readable.from([]))).toBe(
      '  cụm từ bí mật  ',
    );
    expect(await readPassword({}, Readable.from(['  mật khẩu có dấu cách \t\nthe next line\n']))).toBe(
      '  mật khẩu có dấu cách \t',
    );
    expect(await readPassword({}, Readable.from([' windows line \r\n']))).toBe(' windows line ');
    expect(await readPassword({}, Readable.from([]))).toBe('');
  });
});
