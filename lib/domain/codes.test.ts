import { describe, expect, it } from 'vitest';
import { codeFromParam, isCode, isGeneratedCode, isMalformedPath, segmentOf } from './codes';

describe('codes', () => {
  it('one rule: capitals, digits, dots, underscores and hyphens, 2 to 40 characters', () => {
    for (const code of ['P31', 'NV-HP-01', 'NV-2026-0001', 'KS-HP', 'B-P01-X1', 'VN'])
      expect(isCode(code), code).toBe(true);
    for (const bad of ['', 'X', 'nv-hp-01', '-A', 'A B', 'HẢI', '23-NQ/TW', 'A%', 'X'.repeat(41)])
      expect(isCode(bad), bad).toBe(false);
  });

  it('knows the generated forms, and nothing else, as the generator’s', () => {
    for (const code of ['NV-2026-0001', 'KN-2024-12345', 'NV-2031-7'])
      expect(isGeneratedCode(code), code).toBe(true);
    for (const code of ['NV-HP-01', 'KN-P31-01', 'NV-26-0001', 'XNV-2026-0001', 'NV-2026-0001A'])
      expect(isGeneratedCode(code), code).toBe(false);
  });

  it('reads an address segment without ever throwing: what cannot be a code is null', () => {
    expect(codeFromParam('NV-HP-01')).toBe('NV-HP-01');
    expect(codeFromParam('NV%2DHP%2D01')).toBe('NV-HP-01');
    for (const bad of ['%', '%25', '%E0', '%%20', 'nv-hp-01', '..', 'A'.repeat(5000), '%C3%A1'])
      expect(codeFromParam(bad), bad).toBeNull();
    expect(segmentOf('hp.canbo')).toBe('hp.canbo');
    expect(segmentOf('%E0%A4%A')).toBeNull();
    expect(segmentOf('x'.repeat(65))).toBeNull();
  });

  it('tells an address with a broken escape from a sound one', () => {
    for (const bad of ['/tasks/%E0', '/tasks/%E0%A4%A', '/tasks/%', '/a/%ZZ'])
      expect(isMalformedPath(bad), bad).toBe(true);
    for (const ok of ['/tasks/NV-HP-01', '/tasks/%25', '/tasks/%C3%A1', '/'])
      expect(isMalformedPath(ok), ok).toBe(false);
  });
});
