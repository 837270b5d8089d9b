/** Vietnamese letters with diacritics, grouped by the base letter they fold to. */
const VIETNAMESE_FOLDS: Record<string, string> = {
  a: 'àáảãạăằắẳẵặâầấẩẫậ',
  e: 'èéẻẽẹêềếểễệ',
  i: 'ìíỉĩị',
  o: 'òóỏõọôồốổỗộơờớởỡợ',
  u: 'ùúủũụưừứửữự',
  y: 'ỳýỷỹỵ',
  d: 'đ',
};

/**
 * The two argument strings of SQL `translate()` that fold Vietnamese letters to ASCII,
 * lower and upper case. The SQL search column and `foldForSearch` must agree; a test checks it.
 */
export const SQL_FOLD_FROM = Object.values(VIETNAMESE_FOLDS)
  .map((letters) => letters + letters.toUpperCase())
  .join('');
export const SQL_FOLD_TO = Object.entries(VIETNAMESE_FOLDS)
  .map(([base, letters]) => base.repeat(letters.length * 2))
  .join('');

/** Trim and compose: Vietnamese keyboards may send decomposed characters. */
export function cleanText(value: string): string {
  return value.normalize('NFC').trim();
}

/** Lower case without diacritics: "Hải Phòng" → "hai phong", "Đảng" → "dang". */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A folded search term made safe for `LIKE '%…%'`. */
export function likePattern(query: string): string {
  return `%${foldForSearch(query).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
