/**
 * The rules of a discussion (comments on tasks and recommendations) and of requests for
 * explanation that need no database: limits, the edit window, mentions and links.
 */

export const COMMENT_MAX = 4000;
export const WITHDRAWAL_REASON_MAX = 500;
export const EXPLANATION_MAX = 2000;

/** An author may correct a comment for this long after writing it (server clock). */
export const EDIT_WINDOW_MINUTES = 15;

export function withinEditWindow(createdAt: Date, at: Date): boolean {
  return at.getTime() - createdAt.getTime() < EDIT_WINDOW_MINUTES * 60_000;
}

/**
 * `@CODE` where CODE is an organization code (P31, HP-MTTQ, BCD23): after a start, a space or
 * punctuation, never inside a word (an e-mail address mentions nobody). Upper-cased, unique,
 * in order of appearance.
 */
const MENTION = /(^|[^\p{L}\p{N}_@.-])@([A-Za-z0-9](?:[A-Za-z0-9._-]{0,38}[A-Za-z0-9])?)/gu;

export function mentionedCodes(body: string): string[] {
  const codes = new Set<string>();
  for (const match of body.matchAll(MENTION)) codes.add(match[2].toUpperCase());
  return [...codes];
}

export type BodySegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/giu;
/** Punctuation that ends a sentence rather than a link. */
const TRAILING = /[.,;:!?)\]}»”’]+$/u;

/** An absolute http(s) URL, or null: nothing else (javascript:, data:, …) becomes a link. */
function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A comment's text cut into plain text and http(s) links, nothing else: the page renders the
 * text as text (React escapes it) and each link as an anchor to exactly that URL.
 */
export function linkify(body: string): BodySegment[] {
  const segments: BodySegment[] = [];
  let last = 0;
  const push = (text: string) => {
    if (!text) return;
    const previous = segments.at(-1);
    if (previous?.kind === 'text') previous.text += text;
    else segments.push({ kind: 'text', text });
  };
  for (const match of body.matchAll(URL_CANDIDATE)) {
    const start = match.index ?? 0;
    const raw = match[0].replace(TRAILING, '');
    const href = safeHref(raw);
    push(body.slice(last, start));
    if (href) segments.push({ kind: 'link', text: raw, href });
    else push(raw);
    last = start + raw.length;
  }
  push(body.slice(last));
  return segments;
}
