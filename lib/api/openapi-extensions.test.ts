import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi';

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
const requests = '/api/v1/tasks/{code}/extension-requests';

describe('extension requests and supporting parts in the OpenAPI document', () => {
  it('describes the ask and each decision with its own body from the zod schemas', () => {
    const ask = document.paths[requests].post;
    expect(schemaOf(ask).required?.sort()).toEqual(['reason', 'requestedDueOn']);
    expect(ask.responses['201']).toBeDefined();
    expect(ask.responses['409'].description).toMatch(/already pending/);
    expect(Object.keys(schemaOf(document.paths[`${requests}/{id}/actions/grant`].post).properties)).toEqual([
      'taskVersion',
    ]);
    expect(schemaOf(document.paths[`${requests}/{id}/actions/refuse`].post).required).toEqual(['reason']);
    for (const decision of ['grant', 'refuse', 'withdraw']) {
      const op = document.paths[`${requests}/{id}/actions/${decision}`].post;
      expect(op.parameters?.find((p) => p.name === 'If-Match')?.required, decision).toBe(true);
      expect(Object.keys(op.responses).sort(), decision).toEqual(
        ['200', '400', '401', '403', '404', '409', '412', '415', '422', '428', '429', '500'].sort(),
      );
    }
  });

  it('describes the part update and gives every operation of the document its own id', () => {
    const patch = document.paths['/api/v1/tasks/{code}/parts/{unit}'].patch;
    expect(Object.keys(schemaOf(patch).properties)).toEqual(['status', 'note']);
    expect(patch.parameters?.map((p) => p.name)).toEqual(['code', 'unit', 'If-Match']);
    const ids = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});
