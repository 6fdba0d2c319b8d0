// @vitest-environment node
/**
 * The published contract explains itself: every operation, parameter and property of the generated
 * OpenAPI document carries a description, so a province's developers never have to read the app's
 * code to learn what a field means. A field added to the schemas without its description fails here.
 */
import { describe, expect, it } from 'vitest';
import { buildOpenApi } from './build-openapi';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/** JSON paths of schema properties without a description (examples are data, not schemas). */
function undescribedProperties(node: unknown, path = '#'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => undescribedProperties(item, `${path}/${i}`));
  if (!isObject(node)) return [];
  const own = isObject(node.properties)
    ? Object.entries(node.properties).flatMap(([name, schema]) =>
        isObject(schema) && typeof schema.description === 'string' && schema.description.trim() ? [] : [`${path}/properties/${name}`],
      )
    : [];
  // Under "properties" the keys are names (a GeoJSON feature has one called "properties"), the values schemas.
  const nested = Object.entries(node)
    .filter(([key]) => key !== 'examples' && key !== 'example')
    .flatMap(([key, value]) =>
      key === 'properties' && isObject(value)
        ? Object.entries(value).flatMap(([name, schema]) => undescribedProperties(schema, `${path}/properties/${name}`))
        : undescribedProperties(value, `${path}/${key}`),
    );
  return [...own, ...nested];
}

describe('descriptions in the published contract', () => {
  it.each([
    ['a described property', { properties: { a: { type: 'string', description: 'A.' } } }, []],
    ['an undescribed property', { properties: { a: { type: 'string' } } }, ['#/properties/a']],
    ['a blank description', { properties: { a: { description: ' ' } } }, ['#/properties/a']],
    ['a nested array item', { items: { properties: { b: {} } } }, ['#/items/properties/b']],
    ['examples are skipped', { examples: [{ properties: { c: {} } }] }, []],
    ['a property named "properties"', { properties: { properties: { description: 'P.', properties: { d: {} } } } }, ['#/properties/properties/properties/d']],
  ])('finds %s', (_what, schema, expected) => {
    expect(undescribedProperties(schema)).toEqual(expected);
  });

  const document = buildOpenApi() as { paths: Json; components: Json };

  it('every property of every schema has one', () => {
    expect(undescribedProperties(document.components, '#/components')).toEqual([]);
    expect(undescribedProperties(document.paths, '#/paths')).toEqual([]);
  });

  it('every operation and parameter has one', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Json).map(([method, op]) => [`${method} ${path}`, op as Json] as const),
    );
    expect(operations.length).toBeGreaterThan(0);
    for (const [name, op] of operations) {
      expect(typeof op.description === 'string' || typeof op.summary === 'string', name).toBe(true);
      for (const parameter of (op.parameters as Json[] | undefined) ?? []) {
        const described = '$ref' in parameter || (typeof parameter.description === 'string' && parameter.description.length > 0);
        expect(described, `${name} parameter ${String(parameter.name)}`).toBe(true);
      }
    }
  });
});
