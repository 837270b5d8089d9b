import { getTranslations } from 'next-intl/server';
import { type JsonSchema, typeLabel } from '@/lib/api/reference-view';

/** The object a schema describes, seen through `anyOf` (a nullable object) and arrays. */
function objectOf(schema: JsonSchema | undefined): JsonSchema | null {
  if (!schema) return null;
  if (schema.type === 'object' && schema.properties) return schema;
  if (schema.type === 'array') return objectOf(schema.items as JsonSchema | undefined);
  if (Array.isArray(schema.anyOf)) {
    for (const part of schema.anyOf as JsonSchema[]) {
      const found = objectOf(part);
      if (found) return found;
    }
  }
  return null;
}

/** A schema's type, a link to its component when it names one. */
export function TypeName({ schema }: { schema: JsonSchema | null | undefined }) {
  const label = typeLabel(schema);
  const ref = schema && typeof schema.$ref === 'string' ? schema.$ref.split('/').at(-1) : null;
  if (ref) {
    return (
      <a href={`#schema-${ref}`} className="font-mono text-brand-700 underline">
        {label}
      </a>
    );
  }
  return <code className="font-mono text-slate-800">{label}</code>;
}

/**
 * A JSON Schema (an OpenAPI component) as a readable table: each property, its type, whether it is
 * always there, what it means; the properties of an object inside, nested below it.
 */
export async function SchemaView({ schema, depth = 0 }: { schema: JsonSchema; depth?: number }) {
  const t = await getTranslations('apiReference');
  const object = objectOf(schema);
  if (!object) return <TypeName schema={schema} />;
  const required = new Set((object.required as string[] | undefined) ?? []);
  const properties = Object.entries(object.properties as Record<string, JsonSchema>);
  return (
    <table className="w-full border-collapse text-sm">
      {depth === 0 && (
        <thead className="border-b border-slate-300 bg-slate-50 text-left">
          <tr>
            <th scope="col" className="p-2">
              {t('field')}
            </th>
            <th scope="col" className="p-2">
              {t('type')}
            </th>
            <th scope="col" className="p-2">
              {t('description')}
            </th>
          </tr>
        </thead>
      )}
      <tbody>
        {properties.map(([name, property]) => {
          const inner = objectOf(property);
          return (
            <tr key={name} className="border-b border-slate-100 align-top">
              <td className="p-2 font-mono whitespace-nowrap">
                {name}
                {!required.has(name) && <span className="text-slate-500"> ({t('optional')})</span>}
              </td>
              <td className="p-2">
                <TypeName schema={property} />
              </td>
              <td className="p-2">
                {typeof property.description === 'string' && <p>{property.description}</p>}
                {inner && depth < 3 && (
                  <div className="mt-1 border-l-2 border-slate-200 pl-2">
                    <SchemaView schema={inner} depth={depth + 1} />
                  </div>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
