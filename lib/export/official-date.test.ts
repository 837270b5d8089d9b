import { describe, expect, it } from 'vitest';
import { placeDateLine } from './official-date';

describe('placeDateLine', () => {
  it('writes the date as official documents do', () => {
    expect(placeDateLine('Hải Phòng', '2024-05-25')).toBe('Hải Phòng, ngày 25 tháng 5 năm 2024');
  });
  it('pads days under 10 and the months January and February', () => {
    expect(placeDateLine('Hà Nội', '2025-02-05')).toBe('Hà Nội, ngày 05 tháng 02 năm 2025');
    expect(placeDateLine('Hà Nội', '2025-01-31')).toBe('Hà Nội, ngày 31 tháng 01 năm 2025');
    expect(placeDateLine('Huế', '2025-03-09')).toBe('Huế, ngày 09 tháng 3 năm 2025');
    expect(placeDateLine('Huế', '2025-12-10')).toBe('Huế, ngày 10 tháng 12 năm 2025');
  });
});
