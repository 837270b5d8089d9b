import type { Viewer } from '@/db/queries/viewer';

/**
 * Uploads come to route handlers outside proxy.ts's matcher: Next holds in memory every body
 * that passes the proxy (and cuts it at 10 MB), and a server action's body is read whole before
 * the action runs. So these handlers do what the proxy and Next's action checks would have done
 * — the Origin, the session — and read the body as a stream with their own limit, before any
 * byte is parsed.
 */

/** The limits of one upload route: the file a user picks, and the whole body around it. */
export type UploadLimits = { fileMb: number; bodyBytes: number };

/** What an upload answers: an HTTP status and a body the page shows (messages are i18n keys). */
export type UploadAnswer<T> = { status: number; body: T };

export type UploadError = {
  status: 'error';
  message: string;
  params?: Record<string, string | number>;
};

const problem = (
  status: number,
  message: string,
  params?: UploadError['params'],
): UploadAnswer<UploadError> => ({
  status,
  body: { status: 'error', message, ...(params ? { params } : {}) },
});

/** The host names this application answers to: the request's own, and AUTH_URL's when set. */
function ownHosts(request: Request): string[] {
  const hosts = [request.headers.get('x-forwarded-host'), request.headers.get('host')].flatMap((value) =>
    value ? [value.split(',')[0].trim().toLowerCase()] : [],
  );
  try {
    if (process.env.AUTH_URL) hosts.push(new URL(process.env.AUTH_URL).host.toLowerCase());
  } catch {
    // A malformed AUTH_URL is reported where it is used for sign-in; here it adds nothing.
  }
  return hosts;
}

/**
 * Same origin, as Next checks it for server actions, but stricter: a browser always sends
 * `Origin` with a POST from a page, so a request without one (or with `null`) is refused too.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return ownHosts(request).includes(new URL(origin).host.toLowerCase());
  } catch {
    return false;
  }
}

/** The body, read chunk by chunk; null as soon as it passes `limit` (the rest is never read). */
export async function readBodyWithin(
  request: Request,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * One upload, in the order of every handler: the Origin (403), the session (401), the body
 * within its limit (413), the multipart form (400), then `handle`. Nothing is parsed, read from
 * the database or stored before those pass.
 */
export async function handleUpload<T>(
  request: Request,
  /** The signed-in viewer who may use the application now (not one held back), or null. */
  viewerOf: () => Promise<Viewer | null>,
  handle: (viewer: Viewer, form: FormData) => Promise<UploadAnswer<T>>,
  limits: UploadLimits,
): Promise<UploadAnswer<T | UploadError>> {
  if (!sameOrigin(request)) return problem(403, 'upload.foreignOrigin');
  const viewer = await viewerOf();
  if (!viewer) return problem(401, 'upload.unauthorized');
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return problem(400, 'upload.badRequest');
  const body = await readBodyWithin(request, limits.bodyBytes);
  if (!body) return problem(413, 'upload.tooLarge', { max: limits.fileMb });
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    return problem(400, 'upload.badRequest');
  }
  return handle(viewer, form);
}
