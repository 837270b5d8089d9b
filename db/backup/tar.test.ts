import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTar, writeTar } from './tar';

describe('backup tar', () => {
  const entries = [
    { name: 'manifest.json', data: Buffer.from('{"kind":"pglite"}') },
    { name: 'empty', data: Buffer.alloc(0) },
    { name: 'block', data: Buffer.alloc(1024, 7) },
  ];

  it('reads back what it wrote', () => {
    expect(readTar(writeTar(entries))).toEqual(entries);
  });

  it('is a tar the system tar lists', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tar-'));
    try {
      const file = path.join(dir, 'x.tar');
      writeFileSync(file, writeTar(entries));
      expect(execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n')).toEqual([
        'manifest.json',
        'empty',
        'block',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a tar or was damaged', () => {
    expect(readTar(Buffer.from('PGDMP not a tar'))).toBeNull();
    const damaged = writeTar(entries);
    damaged[10] ^= 1;
    expect(readTar(damaged)).toBeNull();
    expect(readTar(writeTar(entries).subarray(0, 700))).toBeNull();
  });
});
