import { z } from 'zod';
import { ApiTaskListParams, TaskProgressPatch } from '@/lib/validations/api';
import * as extensionApi from './openapi-extensions';
import * as recommendationApi from './openapi-recommendations';
import { referenceDataPaths, referenceDataSchemas } from './openapi-reference-data';
import * as taskWriteApi from './openapi-task-writes';
import { PROBLEM_CONTENT_TYPE, PROBLEMS, type ProblemKind } from './problem';
import { TaskList, TaskResource } from './tasks';

/**
 * The OpenAPI 3.1 document of /api/v1, made from the zod schemas that validate the requests
 * (lib/validations/api.ts) and type the answers (lib/api/tasks.ts): no second copy of a schema.
 * Every route file under app/api/v1 must appear here (openapi.test.ts fails otherwise).
 */
type JsonSchema = Record<string, unknown>;

export const inputSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema;
export const outputSchema = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' }) as JsonSchema;

/** Without the `$schema` line that each standalone JSON Schema carries. */
export function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _, ...rest } = schema;
  return rest;
}

/** A query schema's properties as OpenAPI query parameters. */
export function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = inputSchema(schema) as { properties?: Record<string, JsonSchema> };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const problemRef = { $ref: '#/components/schemas/Problem' };
export function problems(...kinds: ProblemKind[]): Record<string, JsonSchema> {
  const answers: Record<string, JsonSchema> = {};
  // kinds of the same status (403: read_only, forbidden) share its entry, each named
  for (const kind of ['unauthorized', 'rate_limited', ...kinds, 'server_error'] as ProblemKind[]) {
    const status = String(PROBLEMS[kind]);
    const named = answers[status]?.description;
    answers[status] = {
      description: named ? `${named}; ${kind}` : kind,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: problemRef } },
    };
  }
  return answers;
}

export const codeParameter = {
  name: 'code',
  in: 'path',
  required: true,
  description: 'the task code, e.g. NV-HP-01',
  schema: { type: 'string' },
};
/** The If-Match of a write (the same rules as the PATCH's). */
export function ifMatchParameter(what: string): JsonSchema {
  return {
    name: 'If-Match',
    in: 'header',
    required: true,
    schema: { type: 'string' },
    description: `the ETag of the ${what} read, e.g. "3-0123456789abcdef" (or its version alone, "3"); a comma-separated list names several. \`*\` is refused (400); a weak tag never matches (412).`,
  };
}

/** A read's conditional header: the ETag last read answers 304 when the record has not changed. */
export const ifNoneMatchParameter = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  schema: { type: 'string' },
  description: 'the ETag last read: 304 without a body while the record is unchanged',
};

export const etagHeader = {
  ETag: {
    description: 'the task version and a digest of the body, e.g. "3-0123456789abcdef"',
    schema: { type: 'string' },
  },
};

export function openApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'NQ23 tracker API',
      version: '1',
      description:
        'Personal access tokens are made at /account/tokens; send one as `Authorization: Bearer nq23_…`. A token acts as its user: the same visibility and permissions as the pages. Errors are RFC 9457 problem details in the language of `Accept-Language` (vi, en).',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a personal access token' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail'],
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          },
        },
        TaskList: bare(outputSchema(TaskList)),
        Task: bare(outputSchema(TaskResource)),
        TaskProgressPatch: bare(inputSchema(TaskProgressPatch)),
        ...taskWriteApi.schemas(),
        ...extensionApi.schemas(),
        ...recommendationApi.schemas(),
        ...referenceDataSchemas(),
      },
    },
    paths: {
      '/api/v1/tasks': {
        get: {
          operationId: 'listTasks',
          summary: 'Tasks the token’s user may read, with the filters of the tasks page',
          parameters: queryParameters(ApiTaskListParams),
          responses: {
            '200': {
              description: 'a page of tasks; `Link: <…>; rel="next"` when there are more',
              headers: { Link: { schema: { type: 'string' } } },
              content: { 'application/json': { schema: { $ref: '#/components/schemas/TaskList' } } },
            },
            ...problems('bad_request'),
          },
        },
        post: taskWriteApi.createOperation(),
      },
      '/api/v1/tasks/{code}': {
        get: {
          operationId: 'getTask',
          summary: 'One task (404 when the token’s user may not read it)',
          parameters: [codeParameter, ifNoneMatchParameter],
          responses: {
            '200': {
              description: 'the task',
              headers: etagHeader,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Task' } } },
            },
            '304': { description: 'If-None-Match names the current ETag' },
            ...problems('not_found'),
          },
        },
        patch: {
          operationId: 'updateTaskProgress',
          summary: 'A progress update (read-write token); If-Match: the version read',
          parameters: [codeParameter, ifMatchParameter('task')],
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/TaskProgressPatch' } },
              'application/merge-patch+json': { schema: { $ref: '#/components/schemas/TaskProgressPatch' } },
            },
          },
          responses: {
            '200': {
              description: 'the task as it is now',
              headers: etagHeader,
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Task' } } },
            },
            ...problems(
              'bad_request',
              'read_only',
              'forbidden',
              'not_found',
              'not_allowed',
              'precondition_failed',
              'unsupported_media_type',
              'invalid',
              'precondition_required',
            ),
          },
        },
      },
      ...taskWriteApi.paths(),
      ...extensionApi.paths(),
      ...recommendationApi.paths(),
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openApi',
          summary: 'This document (public)',
          security: [],
          responses: { '200': { description: 'OpenAPI 3.1', content: { 'application/json': {} } } },
        },
      },
      ...referenceDataPaths(),
    },
  };
}
