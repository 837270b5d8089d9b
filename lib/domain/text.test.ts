import { describe, expect, it } from 'vitest';
import { cleanText, foldForSearch, likePattern, SQL_FOLD_FROM, SQL_FOLD_TO } from './text';

describe('foldForSearch', () => {
  it('drops Vietnamese diacritics and case', () => {
    expect(foldForSearch('Hải Phòng')).toBe('hai phong');
    expect(foldForSearch('Ban Dân vận')).toBe('ban dan van');
    expect(foldForSearch('ĐẢNG CỘNG SẢN')).toBe('dang cong san');
  });

  it('treats composed and decomposed input alike', () => {
    expect(foldForSearch('Hải'.normalize('NFD'))).toBe(foldForSearch('Hải'));
  });

  it('agrees with the SQL translate() map for every letter it folds', () => {
    expect(SQL_FOLD_FROM.length).toBe(SQL_FOLD_TO.length);
    [...SQL_FOLD_FROM].forEach((letter, i) => {
      expect(foldForSearch(letter)).toBe(SQL_FOLD_TO[i]);
    });
  });
});

describe('cleanText', () => {
  it('trims and composes to NFC', () => {
    const decomposed = ' Thủy Nguyên '.normalize('NFD');
    expect(cleanText(decomposed)).toBe('Thủy Nguyên'.normalize('NFC'));
  });
});

describe('likePattern', () => {
  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_a')).toBe('%50\\%\\_a%');
  });
});
