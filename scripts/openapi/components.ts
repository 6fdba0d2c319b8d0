/**
 * The named schemas of docs/openapi.json, from the zod contract and its documentation
 * (src/api/docs): every object a component, every property described and given an example,
 * every example checked against its schema. Schemas say nothing about extra members
 * (no `additionalProperties: false`): clients ignore what they do not know.
 */
import * as z from 'zod/mini';
import { datasetDocs } from '../../src/api/docs/dataset-docs';
import { figuresDocs } from '../../src/api/docs/figures-docs';
import { placesDocs } from '../../src/api/docs/places-docs';
import type { ComponentDoc } from '../../src/api/docs/component-docs';

export const COMPONENT_DOCS: readonly ComponentDoc[] = [...datasetDocs, ...figuresDocs, ...placesDocs];

type JsonSchema = Record<string, unknown> & { properties?: Record<string, Record<string, unknown>> };

/** Every problem with the documentation, so a missing description fails the generator, not a reader. */
function checkDocs(docs: readonly ComponentDoc[], schemas: Record<string, JsonSchema>): string[] {
  const problems: string[] = [];
  for (const doc of docs) {
    doc.examples.forEach((example, i) => {
      const parsed = z.safeParse(doc.schema, example);
      if (!parsed.success) problems.push(`${doc.id}: example ${i + 1} breaks the contract: ${z.prettifyError(parsed.error)}`);
    });
  }
  for (const [id, schema] of Object.entries(schemas)) {
    if (typeof schema.description !== 'string' || !schema.description) problems.push(`${id}: no description`);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (typeof property.description !== 'string' || !property.description)
        problems.push(`${id}.${name}: no description (is the object documented in src/api/docs?)`);
    }
  }
  return problems;
}

export function buildComponents(docs: readonly ComponentDoc[] = COMPONENT_DOCS): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string; description: string; examples: unknown[] }>();
  for (const doc of docs) registry.add(doc.schema, { id: doc.id, description: doc.description, examples: [...doc.examples] });
  const { schemas } = z.toJSONSchema(registry, { metadata: registry, io: 'input', unrepresentable: 'any', uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonSchema>;
  };
  for (const doc of docs) {
    const schema = schemas[doc.id]!;
    delete schema.$schema;
    delete schema.$id;
    const first = doc.examples[0] as Record<string, unknown>;
    for (const [name, description] of Object.entries(doc.properties ?? {})) {
      const property = schema.properties?.[name];
      if (!property) continue;
      property.description = description;
      if (first[name] !== undefined) property.examples = [first[name]];
    }
  }
  const problems = checkDocs(docs, schemas);
  if (problems.length) throw new Error(`The contract's documentation is incomplete:\n- ${problems.join('\n- ')}`);
  return schemas;
}
