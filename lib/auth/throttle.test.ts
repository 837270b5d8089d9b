import { describe, expect, it } from 'vitest';
import { accountKey, addressKey } from './throttle';

describe('sign-in throttle keys', () => {
  it('counts a login whatever its case, and caps what is stored', () => {
    expect(accountKey('HP.DanVan')).toBe(accountKey('hp.danvan'));
    expect(accountKey('x'.repeat(500))).toHaveLength('login:'.length + 64);
    expect(addressKey('y'.repeat(500))).toHaveLength('addr:'.length + 64);
  });
});
