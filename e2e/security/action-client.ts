import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type APIRequestContext, request as playwrightRequest } from '@playwright/test';
import type { ActionRef, FormFields } from '../../tests/security/registry';

/**
 * Calls server actions over HTTP exactly as the browser does: a POST to a page that holds the
 * action, with the `Next-Action` header naming it and the arguments encoded by React's own
 * `encodeReply` (a multipart body: part `0` is `[prevState, "$K1"]`, the form's fields are
 * `1_<name>`). The production build's server-reference manifest gives each action its id.
 */
const require = createRequire(import.meta.url);
const { encodeReply } =
  require('next/dist/compiled/react-server-dom-webpack/cjs/react-server-dom-webpack-client.node.production.js') as {
    encodeReply: (value: unknown) => Promise<FormData | string>;
  };

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };
type Manifest = { node: Record<string, ManifestEntry> };

let manifest: Manifest | undefined;
export function serverActionManifest(): Manifest {
  manifest ??= JSON.parse(
    readFileSync(path.join(process.cwd(), '.next/server/server-reference-manifest.json'), 'utf8'),
  ) as Manifest;
  return manifest;
}

/** `app/(app)/tasks/actions.ts#taskAction` → the id the build gave it. */
export function actionId(ref: ActionRef): string {
  const [file, name] = ref.split('#');
  const found = Object.entries(serverActionManifest().node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === name,
  );
  if (!found) throw new Error(`${ref} is not in .next/server/server-reference-manifest.json`);
  return found[0];
}

/** What came back, read the way the client router reads it. */
export type ActionOutcome = {
  status: number;
  /** the value the action returned (its ActionState), when it returned one */
  state?: { status?: string; message?: string; fieldErrors?: Record<string, string[]> } & Record<
    string,
    unknown
  >;
  /** where the action (or the proxy in front of it) sent the browser */
  redirect?: string;
  headers: Record<string, string>;
  text: string;
};

function toFormData(fields: FormFields): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form;
}

/** The action's own value in a Flight response: row 0 is `{ a: "$@N", … }`, row N is the value. */
function actionValue(text: string): ActionOutcome['state'] {
  const rows = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  try {
    const head = JSON.parse(rows.get('0') ?? 'null') as { a?: string } | null;
    const ref = head?.a?.startsWith('$@') ? head.a.slice(2) : undefined;
    const value = ref ? rows.get(ref) : undefined;
    return value ? JSON.parse(value) : undefined;
  } catch {
    return undefined;
  }
}

export type CallOptions = {
  /** the arguments before the form: `[prevState]` for `useActionState` actions (the default) */
  before?: unknown[];
  headers?: Record<string, string>;
  origin?: string;
};

/** Posts one server action call to `page` as the browser's router does. */
export async function callAction(
  api: APIRequestContext,
  baseURL: string,
  page: string,
  ref: ActionRef,
  fields: FormFields,
  options: CallOptions = {},
): Promise<ActionOutcome> {
  const args = [...(options.before ?? [{ status: 'idle' }]), toFormData(fields)];
  const encoded = await encodeReply(args);
  const body = new Response(encoded);
  const response = await api.fetch(new URL(page, baseURL).toString(), {
    method: 'POST',
    maxRedirects: 0,
    headers: {
      'Next-Action': actionId(ref),
      Accept: 'text/x-component',
      // A fresh connection per call: a kept-alive one may be closed by the server as it is reused.
      Connection: 'close',
      Origin: options.origin ?? new URL(baseURL).origin,
      'Content-Type': body.headers.get('content-type') ?? 'text/plain;charset=UTF-8',
      ...options.headers,
    },
    data: Buffer.from(await body.arrayBuffer()),
  });
  const headers = response.headers();
  const text = await response.text();
  const redirect = headers['x-action-redirect']?.split(';')[0] ?? headers.location;
  return { status: response.status(), state: actionValue(text), redirect, headers, text };
}

export const DEMO_PASSWORD = 'DemoNQ23-2024';

/**
 * A request context signed in through the login server action (the same call the login form
 * makes), holding the session cookie it set. `forwardedFor` keeps the per-address throttle of
 * these sign-ins apart from the browser tests' ones.
 */
export async function signedIn(
  baseURL: string,
  login: string | null,
  password = DEMO_PASSWORD,
  forwardedFor = '198.51.100.7',
): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL });
  if (login === null) return api;
  const outcome = await callAction(
    api,
    baseURL,
    '/login',
    'app/(auth)/login/actions.ts#login',
    { login, password },
    { headers: { 'X-Forwarded-For': forwardedFor } },
  );
  if (!outcome.redirect || outcome.redirect.includes('/login')) {
    throw new Error(`could not sign in as ${login}: ${outcome.state?.message ?? outcome.status}`);
  }
  return api;
}
