import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

/**
 * A small flow layout for A4 documents in the Vietnamese administrative style (margins of
 * Decree 30/2020: 2 cm top and bottom, 3 cm left, 1.5 cm right), enough for the demo
 * documents: two-column headers, centred titles, justified paragraphs, a signature block,
 * page numbers. The standard PDF fonts cannot encode ơ, ư, đ…: Be Vietnam Pro (OFL) is
 * embedded, subset to the glyphs used.
 */
export const CM = 72 / 2.54;
const PAGE: [number, number] = [595.28, 841.89];
const MARGIN = { top: 2 * CM, bottom: 2 * CM, left: 3 * CM, right: 1.5 * CM };
const WIDTH = PAGE[0] - MARGIN.left - MARGIN.right;
const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.4, 0.4, 0.4);

type Style = 'regular' | 'bold' | 'italic';
const FONT_FILES: Record<Style, string> = {
  regular: '400Regular/BeVietnamPro_400Regular.ttf',
  bold: '700Bold/BeVietnamPro_700Bold.ttf',
  italic: '400Regular_Italic/BeVietnamPro_400Regular_Italic.ttf',
};

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type GlyphRun = ReturnType<ReturnType<Fontkit['create']>['layout']>;

/**
 * fontkit without its shaping engine: pdf-lib reads only the glyphs of a layout, and for NFC
 * Vietnamese (every letter precomposed in the font's cmap) the cmap gives the same glyphs a
 * hundred times faster than shaping through GSUB/GPOS (~2 ms a call: seconds per document).
 */
const cmapFontkit: Fontkit = {
  create(buffer, postscriptName) {
    const font = fontkit.create(buffer, postscriptName);
    font.layout = (text: string) => ({ glyphs: font.glyphsForString(text) }) as GlyphRun;
    return font;
  },
};

function fontFile(style: Style): string {
  // Read from node_modules at run time (the seed runs in the server and in scripts alike).
  return path.join(
    /* turbopackIgnore: true */ process.cwd(),
    'node_modules/@expo-google-fonts/be-vietnam-pro',
    FONT_FILES[style],
  );
}

export type Line = { text: string; style?: Style; size?: number; underline?: boolean };
export type Metadata = { title: string; subject: string; author: string; keywords: string[]; date: Date };

export class PdfFlow {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: Record<Style, PDFFont>,
    private readonly footer: string,
  ) {
    this.newPage();
  }

  static async create(meta: Metadata, footer: string): Promise<PdfFlow> {
    const doc = await PDFDocument.create({ updateMetadata: false });
    doc.registerFontkit(cmapFontkit);
    const entries = await Promise.all(
      (Object.keys(FONT_FILES) as Style[]).map(
        async (style) =>
          [style, await doc.embedFont(await readFile(fontFile(style)), { subset: true })] as const,
      ),
    );
    doc.setTitle(nfc(meta.title), { showInWindowTitleBar: true });
    doc.setSubject(nfc(meta.subject));
    doc.setAuthor(nfc(meta.author));
    doc.setKeywords(meta.keywords.map(nfc));
    doc.setLanguage('vi-VN');
    doc.setCreator('nq23-tracker (demo seed)');
    doc.setProducer('pdf-lib');
    doc.setCreationDate(meta.date);
    doc.setModificationDate(meta.date);
    return new PdfFlow(doc, Object.fromEntries(entries) as Record<Style, PDFFont>, nfc(footer));
  }

  /** Two columns of centred lines, as at the top of an official document. */
  header(left: Line[], right: Line[], leftShare = 0.42): void {
    const leftWidth = WIDTH * leftShare;
    const columns = [
      { lines: left, x: MARGIN.left, width: leftWidth },
      { lines: right, x: MARGIN.left + leftWidth, width: WIDTH - leftWidth },
    ];
    const top = this.y;
    let lowest = top;
    for (const column of columns) {
      let y = top;
      for (const line of column.lines) {
        for (const piece of this.wrap(
          nfc(line.text),
          line.style ?? 'regular',
          line.size ?? 11,
          column.width,
        )) {
          const size = line.size ?? 11;
          const font = this.fonts[line.style ?? 'regular'];
          const width = font.widthOfTextAtSize(piece, size);
          const x = column.x + (column.width - width) / 2;
          y -= size * 1.35;
          this.page.drawText(piece, { x, y, size, font, color: BLACK });
          if (line.underline) this.rule(x + width * 0.15, x + width * 0.85, y - 3);
        }
      }
      lowest = Math.min(lowest, y);
    }
    this.y = lowest - 14;
  }

  /** A line centred on the page (titles), wrapped if long. */
  centred(text: string, style: Style = 'bold', size = 12, spaceAfter = 4): void {
    for (const piece of this.wrap(nfc(text), style, size, WIDTH)) {
      this.ensure(size * 1.4);
      const width = this.fonts[style].widthOfTextAtSize(piece, size);
      this.y -= size * 1.4;
      this.page.drawText(piece, {
        x: MARGIN.left + (WIDTH - width) / 2,
        y: this.y,
        size,
        font: this.fonts[style],
      });
    }
    this.y -= spaceAfter;
  }

  /** A justified paragraph, its first line indented; the last line is left as it falls. */
  paragraph(
    text: string,
    options: { style?: Style; size?: number; indent?: number; hanging?: string } = {},
  ): void {
    const { style = 'regular', size = 12, indent = 1 * CM } = options;
    const font = this.fonts[style];
    const lead = options.hanging ? `${nfc(options.hanging)} ` : '';
    const lines = this.wrap(lead + nfc(text), style, size, WIDTH - indent, WIDTH);
    lines.forEach((line, index) => {
      this.ensure(size * 1.45);
      this.y -= size * 1.45;
      const x = MARGIN.left + (index === 0 ? indent : 0);
      const width = WIDTH - (index === 0 ? indent : 0);
      const words = line.split(' ');
      const last = index === lines.length - 1;
      if (last || words.length < 2) {
        this.page.drawText(line, { x, y: this.y, size, font, color: BLACK });
        return;
      }
      const gap =
        (width - words.reduce((sum, w) => sum + font.widthOfTextAtSize(w, size), 0)) / (words.length - 1);
      let cursor = x;
      for (const word of words) {
        this.page.drawText(word, { x: cursor, y: this.y, size, font, color: BLACK });
        cursor += font.widthOfTextAtSize(word, size) + gap;
      }
    });
    this.y -= size * 0.45;
  }

  /**
   * The end of an official document: the recipients ("Nơi nhận", small, flush left) and, beside
   * them, the signer's block centred in the right half with room for the signature.
   */
  closing(recipients: Line[], signer: Line[]): void {
    const height = Math.max(recipients.length * 13, signer.length * 17 + 48) + 16;
    this.ensure(height);
    const top = this.y - 8;
    let y = top;
    for (const line of recipients) {
      const size = line.size ?? 10;
      y -= size * 1.35;
      this.page.drawText(nfc(line.text), {
        x: MARGIN.left,
        y,
        size,
        font: this.fonts[line.style ?? 'regular'],
      });
    }
    const lowest = y;
    const x0 = MARGIN.left + WIDTH * 0.45;
    const width = WIDTH * 0.55;
    y = top;
    signer.forEach((line, index) => {
      const size = line.size ?? 12;
      const font = this.fonts[line.style ?? 'regular'];
      const text = nfc(line.text);
      const afterTitles = index > 0 && signer[index - 1].style === 'bold' && line.style !== 'bold';
      y -= size * 1.4 + (afterTitles ? 48 : 0);
      const w = font.widthOfTextAtSize(text, size);
      this.page.drawText(text, { x: x0 + (width - w) / 2, y, size, font, color: BLACK });
    });
    this.y = Math.min(lowest, y) - 8;
  }

  space(points: number): void {
    this.y -= points;
  }

  /** Every page gets its number and the footer, then the bytes. */
  async save(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const number = `${index + 1}/${pages.length}`;
      const font = this.fonts.italic;
      page.drawText(this.footer, { x: MARGIN.left, y: MARGIN.bottom / 2, size: 8, font, color: GREY });
      const w = font.widthOfTextAtSize(number, 9);
      page.drawText(number, {
        x: PAGE[0] - MARGIN.right - w,
        y: MARGIN.bottom / 2,
        size: 9,
        font,
        color: GREY,
      });
    });
    return this.doc.save({ useObjectStreams: true });
  }

  private newPage(): void {
    this.page = this.doc.addPage(PAGE);
    this.y = PAGE[1] - MARGIN.top;
  }

  private ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  private rule(x1: number, x2: number, y: number): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.6, color: BLACK });
  }

  /** Greedy word wrap; the first line may be narrower (an indent) than the others. */
  private wrap(
    text: string,
    style: Style,
    size: number,
    firstWidth: number,
    restWidth = firstWidth,
  ): string[] {
    const font = this.fonts[style];
    const lines: string[] = [];
    let current = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = current ? `${current} ${word}` : word;
      const limit = lines.length === 0 ? firstWidth : restWidth;
      if (current && font.widthOfTextAtSize(candidate, size) > limit) {
        lines.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    if (current) lines.push(current);
    return lines;
  }
}

/** Vietnamese keyboards may send decomposed letters; the font maps the composed ones. */
function nfc(text: string): string {
  return text.normalize('NFC');
}
