import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';
import { referenceOperations, typeLabel } from './reference-view';

describe('the developers’ reference, read from the OpenAPI document', () => {
  const document = openApiDocument() as { paths: Record<string, Record<string, unknown>> };
  const operations = referenceOperations(document);

  it('has every operation of the document, once, in its order', () => {
    const described = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.map((op) => `${op.method} ${op.path}`)).toEqual(described);
    expect(new Set(operations.map((op) => op.id)).size).toBe(operations.length);
    expect(described).toEqual(
      expect.arrayContaining([
        'GET /api/v1/figures',
        'GET /api/v1/sessions/{code}',
        'GET /api/v1/documents/{id}',
      ]),
    );
  });

  it('names the problem kinds of each error answer, and the public operations', () => {
    const patch = operations.find((op) => op.method === 'PATCH' && op.path === '/api/v1/tasks/{code}');
    expect(patch?.responses.find((r) => r.status === '403')?.problems).toEqual(['read_only', 'forbidden']);
    expect(patch?.responses.find((r) => r.status === '200')?.problems).toEqual([]);
    expect(patch?.requestBody.map((c) => c.mediaType)).toContain('application/json');
    expect(operations.filter((op) => op.public).map((op) => op.path)).toEqual(['/api/v1/openapi.json']);
    const figures = operations.find((op) => op.path === '/api/v1/figures');
    expect(figures?.parameters.map((p) => p.name)).toEqual(['review', 'org', 'asOf', 'level']);
  });

  it('says a type in a few signs', () => {
    expect(typeLabel({ $ref: '#/components/schemas/Task' })).toBe('Task');
    expect(typeLabel({ type: 'array', items: { $ref: '#/components/schemas/Task' } })).toBe('Task[]');
    expect(typeLabel({ type: 'string', format: 'date' })).toBe('string (date)');
    expect(typeLabel({ anyOf: [{ type: 'integer' }, { type: 'null' }] })).toBe('integer | null');
    expect(typeLabel({ type: 'string', enum: ['top', 'all'] })).toBe('"top" | "all"');
    expect(typeLabel({ type: ['string', 'null'] })).toBe('string | null');
  });
});
