/** What a comment is about. */
export const COMMENT_RECORD_TYPES = ['task', 'recommendation'] as const;
export type CommentRecordType = (typeof COMMENT_RECORD_TYPES)[number];
