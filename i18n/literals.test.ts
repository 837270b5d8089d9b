import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Where Vietnamese may stay in code: tests and end-to-end specs (they check what a user reads),
 * the demo seed and the benchmark generator (data, not interface), and the folding table of
 * diacritics (letters, not words). Everything a user reads comes from messages/*.json.
 */
const EXEMPT = [
  /(^|\/)[^/]+\.test\.tsx?$/,
  /^e2e\//,
  /^tests\//,
  /^db\/seed\//,
  /^bench\//,
  /^lib\/domain\/text\.ts$/, // the table that folds "ắ" to "a" for search
];
/** A letter only Vietnamese writes (Latin letters with its marks, and đ). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;
/** A word with such a letter: two letters or more (a lone "đ" in a folding rule is not a word). */
const WORD = /\p{L}{2,}/gu;

const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !EXEMPT.some((rule) => rule.test(file)));

/** The literal texts of a source file — strings, template parts, JSX text — with their lines; comments are not read. */
function literals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(path.join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const vietnameseWords = (text: string) => (text.match(WORD) ?? []).filter((word) => VIETNAMESE.test(word));

describe('Vietnamese in code', () => {
  it('finds the literals it looks for (the check itself works)', () => {
    expect(vietnameseWords('Nơi nhận:')).toEqual(['Nơi', 'nhận']);
    expect(vietnameseWords('đ')).toEqual([]);
    expect(vietnameseWords('Times New Roman')).toEqual([]);
    expect(files).toContain('lib/export/docx.ts');
    expect(files).not.toContain('lib/export/docx.test.ts');
  });

  it('has no Vietnamese word outside the messages', { timeout: 60_000 }, () => {
    const offenders = files.flatMap((file) =>
      literals(file)
        .filter(({ text }) => vietnameseWords(text).length > 0)
        .map(({ line, text }) => `${file}:${line} ${JSON.stringify(text)}`),
    );
    expect(offenders).toEqual([]);
  });
});
