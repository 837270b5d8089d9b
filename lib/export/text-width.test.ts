import { describe, expect, it } from 'vitest';
import { textWidthMm } from './text-width';

describe('textWidthMm', () => {
  // Measured in Liberation Serif (the metrics of Times New Roman) from the font's own tables.
  it('measures the fixed lines of the official headers', () => {
    expect(textWidthMm('ĐẢNG CỘNG SẢN VIỆT NAM', 15, true)).toBeCloseTo(72.9, 0);
    expect(textWidthMm('Độc lập - Tự do - Hạnh phúc', 14, true)).toBeCloseTo(60.2, 0);
    expect(textWidthMm('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13, true)).toBeCloseTo(95.7, 0);
  });
});
