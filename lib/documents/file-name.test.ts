import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES } from './content-type';
import { asciiFallback, attachmentDisposition, checkFileName, withTypeExtension } from './file-name';

describe('document file names', () => {
  it('keeps a Vietnamese name, in NFC', () => {
    const decomposed = 'Biên bản làm việc.pdf'.normalize('NFD');
    expect(checkFileName(decomposed)).toEqual({ ok: true, name: 'Biên bản làm việc.pdf'.normalize('NFC') });
  });

  it('refuses paths, control and direction characters, empty and hidden names', () => {
    for (const bad of [
      '../etc/passwd',
      '..\\boot.ini',
      'a/b.pdf',
      'bao\u0000cao.pdf',
      'bao\ncao.pdf',
      'tai-lieu\u202efdp.exe',
      '',
      '   ',
      '.htaccess',
      'x'.repeat(201),
    ]) {
      expect(checkFileName(bad), JSON.stringify(bad)).toEqual({ ok: false });
    }
  });

  it('gives a file the extension of its real type', () => {
    expect(withTypeExtension('bao-cao.pdf', DOCUMENT_TYPES.pdf)).toBe('bao-cao.pdf');
    expect(withTypeExtension('anh.JPG', DOCUMENT_TYPES.jpeg)).toBe('anh.JPG');
    expect(withTypeExtension('trang.html', DOCUMENT_TYPES.pdf)).toBe('trang.html.pdf');
    expect(withTypeExtension('bao-cao', DOCUMENT_TYPES.docx)).toBe('bao-cao.docx');
  });

  it('offers the original name in filename* and an ASCII one in filename', () => {
    expect(asciiFallback('Báo cáo đánh giá "số 1".pdf')).toBe('Bao cao danh gia _so 1_.pdf');
    expect(attachmentDisposition("Biên bản (HP)'s.pdf")).toBe(
      `attachment; filename="Bien ban _HP__s.pdf"; filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%28HP%29%27s.pdf`,
    );
  });
});
