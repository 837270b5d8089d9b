import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

const ROOT = path.resolve(import.meta.dirname, '../../app/api/v1');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route file under app/api/v1, as the OpenAPI path it serves (`[code]` → `{code}`). */
function routeFiles(dir = ROOT): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return routeFiles(full);
    if (item.name !== 'route.ts') return [];
    const segments = path.relative(ROOT, dir).split(path.sep).filter(Boolean);
    const route = ['/api/v1', ...segments.map((s) => s.replace(/^\[(.+)\]$/, '{$1}'))].join('/');
    return [{ file: full, path: route }];
  });
}

function exportedMethods(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return METHODS.filter((method) =>
    new RegExp(`export\\s+(?:async\\s+)?function\\s+${method}\\b|export\\s+const\\s+${method}\\b`).test(
      source,
    ),
  );
}

describe('the OpenAPI document of /api/v1', () => {
  const document = openApiDocument() as { openapi: string; paths: Record<string, Record<string, unknown>> };
  const routes = routeFiles();

  it('is OpenAPI 3.1', () => {
    expect(document.openapi).toBe('3.1.0');
  });

  it('finds the route files', () => {
    expect(routes.map((r) => r.path)).toContain('/api/v1/tasks/{code}');
  });

  it.each(routes.map((r) => [r.path, r.file] as const))('describes every method of %s', (route, file) => {
    const methods = exportedMethods(file);
    expect(methods.length).toBeGreaterThan(0);
    for (const method of methods) {
      expect(
        document.paths[route]?.[method.toLowerCase()],
        `${method} ${route} is missing from the document`,
      ).toBeDefined();
    }
  });

  it('describes nothing that has no route', () => {
    const served = new Set(
      routes.flatMap((r) => exportedMethods(r.file).map((m) => `${m.toLowerCase()} ${r.path}`)),
    );
    const described = Object.entries(document.paths).flatMap(([route, item]) =>
      Object.keys(item).map((method) => `${method} ${route}`),
    );
    expect(described.filter((entry) => !served.has(entry))).toEqual([]);
  });

  it('takes its request schemas from the zod schemas that validate them', () => {
    const patch = (document as unknown as { components: { schemas: Record<string, { properties: object }> } })
      .components.schemas.TaskProgressPatch;
    expect(Object.keys(patch.properties)).toEqual(['progress', 'note']);
    const list = document.paths['/api/v1/tasks'].get as { parameters: { name: string }[] };
    expect(list.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['status', 'org', 'cursor', 'limit']),
    );
  });

  it('documents what the PATCH takes and answers: merge-patch, If-Match lists, 403 kinds, 500', () => {
    type Op = {
      requestBody: { content: Record<string, unknown> };
      parameters: { name: string; description?: string }[];
      responses: Record<string, { description: string }>;
    };
    const patch = document.paths['/api/v1/tasks/{code}'].patch as unknown as Op;
    expect(Object.keys(patch.requestBody.content).sort()).toEqual([
      'application/json',
      'application/merge-patch+json',
    ]);
    expect(patch.parameters.find((p) => p.name === 'If-Match')?.description).toMatch(/list/);
    expect(patch.responses['403'].description).toBe('read_only; forbidden');
    expect(patch.responses['500'].description).toBe('server_error');
    const get = document.paths['/api/v1/tasks'].get as unknown as Op;
    expect(get.responses['500'].description).toBe('server_error');
  });

  it('names If-None-Match on every read that may answer 304', () => {
    type Read = { parameters?: { name: string }[]; responses: Record<string, unknown> };
    const reads = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, Read>).map(([method, op]) => ({ at: `${method} ${path}`, op })),
    );
    const conditional = reads.filter(({ op }) => op.responses['304']);
    expect(conditional.length).toBeGreaterThanOrEqual(3);
    expect(
      conditional
        .filter(({ op }) => !op.parameters?.some((p) => p.name === 'If-None-Match'))
        .map((r) => r.at),
    ).toEqual([]);
  });
});

describe('the writes and recommendations in the OpenAPI document', () => {
  type Op = {
    operationId: string;
    parameters?: { name: string; required?: boolean }[];
    requestBody?: { content: Record<string, { schema: { $ref: string } }> };
    responses: Record<string, { description: string }>;
  };
  const document = openApiDocument() as {
    paths: Record<string, Record<string, Op>>;
    components: { schemas: Record<string, { properties: Record<string, unknown>; required?: string[] }> };
  };
  const schemaOf = (op: Op) =>
    document.components.schemas[
      op.requestBody!.content['application/json'].schema.$ref.replace('#/components/schemas/', '')
    ];

  it('gives each workflow action its own path, body, If-Match and problems', () => {
    const report = document.paths['/api/v1/tasks/{code}/actions/report'].post;
    expect(report.operationId).toBe('reportTask');
    expect(Object.keys(schemaOf(report).properties)).toEqual([
      'completedOn',
      'note',
      'docRef',
      'openPartsNote',
    ]);
    expect(schemaOf(report).required).toEqual(['completedOn', 'note']);
    expect(report.parameters?.find((p) => p.name === 'If-Match')?.required).toBe(true);
    expect(Object.keys(report.responses).sort()).toEqual(
      ['200', '400', '401', '403', '404', '409', '412', '415', '422', '428', '429', '500'].sort(),
    );
    expect(
      Object.keys(schemaOf(document.paths['/api/v1/tasks/{code}/actions/cancel'].post).properties),
    ).toEqual(['reason']);
  });

  it('describes the task creation and the recommendations from their zod schemas', () => {
    const create = document.paths['/api/v1/tasks'].post;
    expect(create.responses['201']).toBeDefined();
    expect(schemaOf(create).required?.sort()).toEqual(['assignee', 'dueOn', 'review', 'title']);
    const answer = document.paths['/api/v1/recommendations/{code}/answers'].post;
    expect(Object.keys(schemaOf(answer).properties)).toEqual(['addressee', 'status', 'response']);
    const list = document.paths['/api/v1/recommendations'].get;
    expect(list.parameters?.map((p) => p.name)).toEqual(
      expect.arrayContaining(['status', 'category', 'addressee', 'answer', 'cursor', 'limit', 'sort']),
    );
    expect(
      Object.keys(document.components.schemas.Recommendation.properties as Record<string, unknown>),
    ).toContain('addressees');
  });
});
