import { linkify } from '@/lib/domain/discussion';

/**
 * A comment's text as written: plain text with its line breaks, http(s) links clickable,
 * nothing else rendered (React escapes the text; lib/domain/discussion.ts decides the links).
 */
export function CommentBody({ body }: { body: string }) {
  return (
    <p className="whitespace-pre-line break-words">
      {linkify(body).map((segment, i) =>
        segment.kind === 'link' ? (
          <a
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are fixed for a given text
            key={i}
            href={segment.href}
            rel="noopener noreferrer nofollow"
            target="_blank"
            className="text-brand-700 underline"
          >
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
