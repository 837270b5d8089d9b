import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CommentBody } from '@/components/discussion/comment-body';
import { linkify, mentionedCodes, withinEditWindow } from './discussion';

describe('mentions', () => {
  it('finds unit codes after a space or punctuation, upper-cased and once each', () => {
    expect(mentionedCodes('@hp-mttq xin ý kiến, (@P31) và @HP-MTTQ.')).toEqual(['HP-MTTQ', 'P31']);
  });
  it('ignores e-mail addresses and a lone @', () => {
    expect(mentionedCodes('gửi vanphong@haiphong.gov.vn hoặc @ ở đây')).toEqual([]);
  });
});

describe('the edit window', () => {
  const written = new Date('2026-11-15T03:00:00Z');
  it('is 15 minutes from the comment, then closed', () => {
    expect(withinEditWindow(written, new Date('2026-11-15T03:14:59Z'))).toBe(true);
    expect(withinEditWindow(written, new Date('2026-11-15T03:15:00Z'))).toBe(false);
  });
});

describe('links', () => {
  it('makes http(s) URLs links and leaves the sentence’s punctuation outside', () => {
    expect(linkify('Xem https://example.vn/a?b=1. Hết')).toEqual([
      { kind: 'text', text: 'Xem ' },
      { kind: 'link', text: 'https://example.vn/a?b=1', href: 'https://example.vn/a?b=1' },
      { kind: 'text', text: '. Hết' },
    ]);
  });
  it('never makes a link of another scheme', () => {
    const segments = linkify('javascript:alert(1) data:text/html,x vbscript:x');
    expect(segments.every((s) => s.kind === 'text')).toBe(true);
  });
});

describe('a comment rendered', () => {
  it('shows markup as text and only http(s) anchors, with rel noopener noreferrer nofollow', () => {
    const body =
      '<script>alert("x")</script> <a href="javascript:alert(1)">bấm</a> javascript:alert(2) <img src=x onerror=alert(3)> https://vi.wikipedia.org/wiki/Hải_Phòng';
    const html = renderToStaticMarkup(createElement(CommentBody, { body }));
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<a href="javascript');
    expect(html).toContain('&lt;script&gt;');
    const anchors = html.match(/<a [^>]*>/g) ?? [];
    expect(anchors).toHaveLength(1);
    expect(anchors[0]).toContain('href="https://vi.wikipedia.org/wiki/H%E1%BA%A3i_Ph%C3%B2ng"');
    expect(anchors[0]).toContain('rel="noopener noreferrer nofollow"');
  });
});
