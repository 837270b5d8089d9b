/**
 * Advance widths (1/1000 em) of Times New Roman — the font of official documents — for the
 * printable ASCII characters, regular and bold (read from Liberation Serif, which has the same
 * metrics). Vietnamese letters take the width of their base letter: marks do not widen a glyph.
 */
const REGULAR = [
  250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333,
  389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469,
  500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389,
  278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
];
const BOLD = [
  250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500,
  500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389,
  500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581,
  500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389,
  333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
];

/** The width in millimetres of one line of text in Times New Roman at `points`. */
export function textWidthMm(text: string, points: number, bold = false): number {
  const widths = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    const base = char === 'Đ' ? 'D' : char === 'đ' ? 'd' : char;
    const code = base.charCodeAt(0);
    units += code >= 32 && code < 127 ? widths[code - 32] : 500;
  }
  return (units / 1000) * points * (25.4 / 72);
}
