import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';
import { defaultSubject } from './default-subject';

const tVi = createTranslator({ locale: 'vi', messages: vi });
const tEn = createTranslator({ locale: 'en', messages: en });
const t = (translator: typeof tVi | typeof tEn) => (key: string, values?: Record<string, string>) =>
  (translator as unknown as (k: string, v?: Record<string, string>) => string)(key, values);
const NQ23 = {
  code: 'TK20-NQ23',
  nameVi: 'Tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW',
  nameEn: '20-year review of the implementation of Resolution 23-NQ/TW',
};
const NQ43 = { code: 'SK-NQ43', nameVi: 'Sơ kết 5 năm thực hiện Nghị quyết số 43-NQ/TW', nameEn: null };

describe('defaultSubject', () => {
  it('names the filtered review in full', () => {
    expect(defaultSubject(t(tVi), [NQ23, NQ43], 'TK20-NQ23', 'vi')).toBe(
      'Kết quả thực hiện nhiệm vụ tổng kết 20 năm thực hiện Nghị quyết số 23-NQ/TW',
    );
    expect(defaultSubject(t(tVi), [NQ23, NQ43], 'SK-NQ43', 'vi')).toBe(
      'Kết quả thực hiện nhiệm vụ sơ kết 5 năm thực hiện Nghị quyết số 43-NQ/TW',
    );
    expect(defaultSubject(t(tEn), [NQ23, NQ43], 'TK20-NQ23', 'en')).toBe(
      'Results of the tasks of the 20-year review of the implementation of Resolution 23-NQ/TW',
    );
  });

  it('names the only review when no filter is set', () => {
    expect(defaultSubject(t(tVi), [NQ23], undefined, 'vi')).toContain('Nghị quyết số 23-NQ/TW');
  });

  it('says "nghị quyết" in lower case when no document is named', () => {
    expect(defaultSubject(t(tVi), [NQ23, NQ43], undefined, 'vi')).toBe(
      'Kết quả thực hiện nhiệm vụ tổng kết nghị quyết',
    );
  });
});
