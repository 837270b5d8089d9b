import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

const keys = (node: unknown, prefix = ''): string[] =>
  typeof node === 'object' && node !== null
    ? Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
    : [prefix];

describe('messages', () => {
  it('has every Vietnamese text in English too, and nothing more', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('has no empty text', () => {
    for (const key of keys(vi))
      expect(key.split('.').reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], vi)).not.toBe('');
  });
});
