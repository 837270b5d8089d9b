import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { TASK_ACTIONS } from '@/lib/domain/task-workflow';

/**
 * Property-based fuzzing of EVERY validation schema in lib/validations, found from the modules'
 * exports (a new schema is fuzzed without being listed here): whatever arrives — control
 * characters, huge or malformed Unicode, wrong types, prototype-pollution keys — `safeParse`
 * never throws, `parse` throws nothing but a ZodError, and nothing leaks into Object.prototype.
 * The same inputs sent to the server actions over HTTP never make a 500: see the last test of
 * e2e/security-matrix.spec.ts.
 */
const modules = import.meta.glob<Record<string, unknown>>(
  ['/lib/validations/*.ts', '!/lib/validations/*.test.ts'],
  {
    eager: true,
  },
);

type Schema = { safeParse: (value: unknown) => { success: boolean }; parse: (value: unknown) => unknown };
const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && typeof (value as Schema).safeParse === 'function';

const TODAY = '2026-11-15';

/**
 * Every exported function of lib/validations, and how it takes an input: schema factories are
 * called to get schemas, parsers are fuzzed directly. A new export must be added here (a test
 * says so), so that no input path escapes the fuzzing.
 */
const FUNCTIONS: Record<
  string,
  {
    schemas?: (fn: never) => Schema[];
    from?: 'form' | 'url';
    parse?: (fn: never, input: unknown) => unknown;
    none?: string;
  }
> = {
  requiredText: { schemas: (fn: (...a: unknown[]) => Schema) => [fn(50, 'required', 'tooLong')] },
  optionalText: { schemas: (fn: (...a: unknown[]) => Schema) => [fn(50, 'tooLong')] },
  isoDay: { schemas: (fn: (...a: unknown[]) => Schema) => [fn('badDate')] },
  codeField: { schemas: (fn: (...a: unknown[]) => Schema) => [fn()] },
  optionalCode: { schemas: (fn: (...a: unknown[]) => Schema) => [fn()] },
  taskActionSchema: {
    schemas: (fn: (...a: unknown[]) => Schema) => TASK_ACTIONS.map((action) => fn(action, TODAY)),
  },
  explanationRequestInput: { schemas: (fn: (...a: unknown[]) => Schema) => [fn(TODAY)] },
  extensionRequestInput: { schemas: (fn: (...a: unknown[]) => Schema) => [fn(TODAY)] },
  // Parsers take what a request holds: form fields (string, File or null), or URL parameters
  // (string, string[] or undefined) — in any number, under any name.
  parseTaskAction: { from: 'form', parse: (fn: (...a: unknown[]) => unknown, input) => fn(input, TODAY) },
  parseListParams: { from: 'url', parse: (fn: (...a: unknown[]) => unknown, input) => fn(input) },
  readListParams: { from: 'url', parse: (fn: (...a: unknown[]) => unknown, input) => fn(input) },
  parseApiTaskListParams: { from: 'url', parse: (fn: (...a: unknown[]) => unknown, input) => fn(input) },
  parseApiRecommendationListParams: {
    from: 'url',
    parse: (fn: (...a: unknown[]) => unknown, input) => fn(input),
  },
  parseApiSessionListParams: { from: 'url', parse: (fn: (...a: unknown[]) => unknown, input) => fn(input) },
  parseApiOrganizationListParams: {
    from: 'url',
    parse: (fn: (...a: unknown[]) => unknown, input) => fn(input),
  },
  parseApiFigureParams: { from: 'url', parse: (fn: (...a: unknown[]) => unknown, input) => fn(input) },
  parseAuditParams: { from: 'url', parse: (fn: (...a: unknown[]) => unknown, input) => fn(input) },
  readAuditParams: { from: 'url', parse: (fn: (...a: unknown[]) => unknown, input) => fn(input) },
  asText: { none: 'trims and composes one form value; every schema that uses it is fuzzed' },
  toQueryString: { none: 'writes a query string from parsed parameters: not an input' },
  presentParams: { none: 'keeps the parameters given; every parser that uses it is fuzzed' },
  readTaskCursor: {
    from: 'url',
    parse: (fn: (...a: unknown[]) => unknown, input) => fn(input, undefined),
  },
  effectiveTaskSort: { none: 'maps a sort already parsed by readListParams to its key: not an input' },
  encodeTaskCursor: { none: 'writes a cursor from a listed row: not an input' },
};

/** The field names of an object schema, looked for through pipes, transforms and wrappers. */
function keysOf(schema: unknown, depth = 0): string[] {
  if (!schema || typeof schema !== 'object' || depth > 6) return [];
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  const shape =
    (schema as { shape?: Record<string, unknown> }).shape ?? (def?.shape as Record<string, unknown>);
  if (shape && typeof shape === 'object') return Object.keys(shape);
  for (const inner of ['in', 'out', 'schema', 'innerType']) {
    const keys = keysOf(def?.[inner], depth + 1);
    if (keys.length) return keys;
  }
  return [];
}

const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // lone surrogates included
  fc.string({
    unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\r', '\n', '\t', '\u202e', '\u200b', '\ufeff'),
  }),
  fc.constantFrom(
    'x'.repeat(100_000),
    'ệ'.repeat(10_000),
    'e\u0302\u0323'.repeat(5_000), // decomposed Vietnamese: NFC changes the length
    '2026-02-30',
    '9999-99-99',
    '-0',
    '1e309',
    'NaN',
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    '=cmd|/C calc!A0',
  ),
  fc.double(),
  fc.bigInt(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date(),
  fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true }),
);

const pollutionKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');

/** Objects with the schema's own fields (so that parsing goes deep), strangers and own `__proto__` keys. */
function inputs(keys: string[]) {
  const key = keys.length
    ? fc.oneof(fc.constantFrom(...keys), fc.string(), pollutionKeys)
    : fc.oneof(fc.string(), pollutionKeys);
  const record = fc
    .array(fc.tuple(key, fc.oneof(nasty, fc.array(nasty, { maxLength: 4 }))), { maxLength: keys.length + 3 })
    .map((entries) => {
      const object: Record<string, unknown> = {};
      // defineProperty: an own "__proto__" key, as JSON.parse or a form parser would make it
      for (const [name, value] of entries) {
        Object.defineProperty(object, name, { value, enumerable: true, configurable: true, writable: true });
      }
      return object;
    });
  return fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: nasty });
}

const exported = Object.entries(modules).flatMap(([file, module]) =>
  Object.entries(module).map(([name, value]) => ({ file: file.replace(/^\//, ''), name, value })),
);

const schemas = exported.flatMap(({ file, name, value }) => {
  if (isSchema(value)) return [{ label: `${file} ${name}`, schema: value }];
  const known = typeof value === 'function' ? FUNCTIONS[name] : undefined;
  return (known?.schemas?.(value as never) ?? []).map((schema, i) => ({
    label: `${file} ${name}() #${i}`,
    schema,
  }));
});

describe('every validation schema, fuzzed', () => {
  it('finds the schemas of lib/validations from their exports', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(8);
    expect(schemas.length).toBeGreaterThanOrEqual(20);
    // The object schemas' own fields are found, so that the fuzzing reaches inside them.
    expect(keysOf(schemas.find((s) => s.label.endsWith('TaskCreateInput'))?.schema)).toContain('title');
    expect(keysOf(schemas.find((s) => s.label.endsWith(' AnswerInput'))?.schema)).toContain('response');
  });

  it('knows how every exported function takes an input', () => {
    const functions = exported.filter(({ value }) => typeof value === 'function' && !isSchema(value));
    const unknown = functions
      .filter(({ name }) => !FUNCTIONS[name])
      .map(({ file, name }) => `${file} ${name}`);
    expect(unknown, 'add these to FUNCTIONS in tests/security/validations.fuzz.test.ts').toEqual([]);
  });

  for (const { label, schema } of schemas) {
    it(`${label}: safeParse never throws, parse throws only a ZodError`, () => {
      fc.assert(
        fc.property(inputs(keysOf(schema)), (input) => {
          const result = schema.safeParse(input);
          expect(typeof result.success).toBe('boolean');
          try {
            schema.parse(input);
          } catch (error) {
            expect(error).toBeInstanceOf(ZodError);
          }
        }),
        { numRuns: 100 },
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    });
  }

  const text = fc.oneof(
    nasty.filter((v) => typeof v === 'string'),
    fc.string(),
  );
  const fieldValue = {
    form: fc.oneof(text, fc.constant(null), fc.constant(new File(['x'], 'a.txt'))),
    url: fc.oneof(text, fc.array(text, { maxLength: 4 }), fc.constant(undefined)),
  };
  const names = ['q', 'org', 'status', 'page', 'from', 'to', 'action', 'code', 'version', 'note', 'progress'];
  for (const { file, name, value } of exported) {
    const known = typeof value === 'function' ? FUNCTIONS[name] : undefined;
    if (!known?.parse || !known.from) continue;
    const parse = known.parse;
    const request = fc
      .array(
        fc.tuple(fc.oneof(fc.constantFrom(...names), fc.string(), pollutionKeys), fieldValue[known.from]),
        {
          maxLength: 8,
        },
      )
      .map((entries) => {
        const object: Record<string, unknown> = {};
        for (const [key, item] of entries) {
          Object.defineProperty(object, key, {
            value: item,
            enumerable: true,
            configurable: true,
            writable: true,
          });
        }
        return object;
      });
    it(`${file} ${name}(): never throws, whatever the request holds`, () => {
      fc.assert(
        fc.property(request, (input) => {
          parse(value as never, input);
        }),
        { numRuns: 100 },
      );
      expect(Object.keys(Object.prototype)).toEqual([]);
    });
  }
});
