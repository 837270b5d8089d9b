/**
 * The OpenAPI document read for the developers' reference page (/developers/api): every
 * operation with its parameters, request body and answers, in the document's order. Pure: the
 * page renders what this returns, so the page cannot leave out an operation the document has.
 */
export type JsonSchema = Record<string, unknown>;

export type ReferenceParameter = {
  name: string;
  in: string;
  required: boolean;
  description: string | null;
  schema: JsonSchema;
};
export type ReferenceContent = { mediaType: string; schema: JsonSchema | null };
export type ReferenceResponse = {
  status: string;
  description: string;
  /** the problem kinds an error status names ("read_only; forbidden"), empty for a success */
  problems: string[];
  headers: string[];
  content: ReferenceContent[];
};
export type ReferenceOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  /** no token needed (`security: []`) */
  public: boolean;
  parameters: ReferenceParameter[];
  requestBody: ReferenceContent[];
  responses: ReferenceResponse[];
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const PROBLEM = 'application/problem+json';

const contentOf = (content: unknown): ReferenceContent[] =>
  Object.entries((content ?? {}) as Record<string, { schema?: JsonSchema }>).map(([mediaType, value]) => ({
    mediaType,
    schema: value?.schema ?? null,
  }));

export function referenceOperations(document: JsonSchema): ReferenceOperation[] {
  const paths = (document.paths ?? {}) as Record<string, Record<string, JsonSchema>>;
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method): ReferenceOperation => {
      const op = item[method] as {
        operationId?: string;
        summary?: string;
        security?: unknown[];
        parameters?: {
          name: string;
          in: string;
          required?: boolean;
          description?: string;
          schema?: JsonSchema;
        }[];
        requestBody?: { content?: unknown };
        responses?: Record<string, { description?: string; headers?: object; content?: unknown }>;
      };
      return {
        id: op.operationId ?? `${method}-${path}`,
        method: method.toUpperCase(),
        path,
        summary: op.summary ?? '',
        public: Array.isArray(op.security) && op.security.length === 0,
        parameters: (op.parameters ?? []).map((p) => ({
          name: p.name,
          in: p.in,
          required: !!p.required,
          description: p.description ?? null,
          schema: p.schema ?? {},
        })),
        requestBody: contentOf(op.requestBody?.content),
        responses: Object.entries(op.responses ?? {}).map(([status, answer]) => {
          const content = contentOf(answer.content);
          const isProblem = content.some((c) => c.mediaType === PROBLEM);
          return {
            status,
            description: answer.description ?? '',
            problems: isProblem ? (answer.description ?? '').split(';').map((k) => k.trim()) : [],
            headers: Object.keys(answer.headers ?? {}),
            content,
          };
        }),
      };
    }),
  );
}

/** A schema's type in a few signs: `string (date)`, `integer`, `Task`, `Task[]`, `a | b`. */
export function typeLabel(schema: JsonSchema | null | undefined): string {
  if (!schema) return '—';
  if (typeof schema.$ref === 'string') return schema.$ref.split('/').at(-1) ?? schema.$ref;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).map(typeLabel).join(' | ');
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : (schema.type as string | undefined);
  if (type === 'array') return `${typeLabel(schema.items as JsonSchema | undefined)}[]`;
  if (!type) return 'any';
  return typeof schema.format === 'string' ? `${type} (${schema.format})` : type;
}
