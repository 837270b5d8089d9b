import { escapeHtml } from '@/lib/escape-html';

/**
 * A mail as plain text and as HTML from the same parts. Every value is escaped in the HTML: a
 * task title is text typed by someone else.
 */
export type MailParts = {
  greeting: string;
  paragraphs: string[];
  /** label and value, shown as a small table */
  facts: [string, string][];
  link?: { label: string; url: string };
  footer: string;
};

/** A subject is one line: no line breaks from a title may reach the header. */
export function subjectLine(value: string): string {
  return value
    .replace(/[\r\n\t]+/g, ' ')
    .trim()
    .slice(0, 200);
}

export function renderText(parts: MailParts): string {
  const lines = [parts.greeting, '', ...parts.paragraphs.flatMap((p) => [p, ''])];
  for (const [label, value] of parts.facts) lines.push(`${label}: ${value}`);
  if (parts.facts.length) lines.push('');
  if (parts.link) lines.push(`${parts.link.label}: ${parts.link.url}`, '');
  lines.push('--', parts.footer);
  return `${lines.join('\n')}\n`;
}

export function renderHtml(parts: MailParts, lang: string): string {
  const facts = parts.facts.length
    ? `<table cellpadding="4" style="border-collapse:collapse">${parts.facts
        .map(
          ([label, value]) =>
            `<tr><th align="left" style="color:#475569;font-weight:normal">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
        )
        .join('')}</table>`
    : '';
  const link = parts.link
    ? `<p><a href="${escapeHtml(parts.link.url)}">${escapeHtml(parts.link.label)}</a></p>`
    : '';
  return `<!doctype html><html lang="${escapeHtml(lang)}"><body style="font-family:Arial,sans-serif;color:#0f172a">
<p>${escapeHtml(parts.greeting)}</p>
${parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${facts}
${link}
<hr><p style="color:#64748b;font-size:12px">${escapeHtml(parts.footer)}</p>
</body></html>`;
}
