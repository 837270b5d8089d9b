import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { ARGON2_OPTIONS, checkPasswordPolicy, commonPasswords, hashPassword, needsRehash } from './password';

describe('password policy', () => {
  it('refuses passwords shorter than 8 or longer than 128 characters', () => {
    expect(checkPasswordPolicy('Ab3$xyz')).toBe('too_short');
    expect(checkPasswordPolicy('x'.repeat(129))).toBe('too_long');
    expect(checkPasswordPolicy('Tự-do 2026 hạnh phúc')).toBeNull();
    expect(checkPasswordPolicy('k'.repeat(7) + 'Z'.repeat(121))).toBeNull();
  });

  it('refuses common passwords whatever their case, and the login itself', () => {
    expect(commonPasswords().size).toBeGreaterThan(2000);
    for (const weak of [
      'password',
      'Password123',
      'QWERTY123',
      '12345678',
      'matkhau123',
      'Vietnam2024',
      '01011990',
    ]) {
      expect(checkPasswordPolicy(weak), weak).toBe('common');
    }
    expect(checkPasswordPolicy('Hp.DanVan2', 'hp.danvan2')).toBe('same_as_login');
    expect(checkPasswordPolicy('DemoNQ23-2024')).toBeNull();
  });
});

describe('argon2id parameters', () => {
  it('keeps a hash made with the policy and upgrades weaker or foreign ones', async () => {
    expect(needsRehash(await hashPassword('some password'))).toBe(false);
    const weak = await hash('some password', { ...ARGON2_OPTIONS, memoryCost: 4096, timeCost: 1 });
    expect(needsRehash(weak)).toBe(true);
    const argon2i = await hash('some password', { ...ARGON2_OPTIONS, algorithm: 1 });
    expect(needsRehash(argon2i)).toBe(true);
    expect(needsRehash('$2b$10$abcdefghijklmnopqrstuv')).toBe(true);
  });
});
