/**
 * Generates docs/openapi.json from the zod contract (src/api/contract.ts).
 * `--check` fails when the committed document differs from what the schemas produce.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { z } from 'zod';
import { API_VERSION, boundariesSchema, catalogueSchema, metaSchema, notesSchema, structureSchema, unitDocumentSchema } from '../src/api/contract';

const FILE = 'docs/openapi.json';

const schema = (s: z.core.$ZodType) => {
  const json = z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
};

const codeParam = [{ name: 'code', in: 'path', required: true, description: 'Unit code (GSO code; villages: <commune>.<nn>)', schema: { type: 'string' } }];
const ok = (ref: string, description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const notFound = { description: 'No such unit' };

export function buildOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dự án 8 – Project 8 monitoring API',
      version: String(API_VERSION),
      description: 'Static, file-friendly JSON API: every path is a file, no query strings. Generated from src/api/contract.ts.',
    },
    servers: [{ url: '/api' }],
    paths: {
      '/v1/meta.json': { get: { summary: 'Dataset metadata', responses: { 200: ok('Meta', 'Metadata') } } },
      '/v1/catalogue.json': { get: { summary: 'Indicator catalogue and dimensions', responses: { 200: ok('Catalogue', 'Catalogue') } } },
      '/v1/units/{code}.json': {
        get: { summary: 'A unit with its ancestors, children and their figures', parameters: codeParam, responses: { 200: ok('UnitDocument', 'Unit document'), 404: notFound } },
      },
      '/v1/boundaries/{code}.json': {
        get: { summary: "Boundaries of a unit's children", parameters: codeParam, responses: { 200: ok('Boundaries', 'Boundaries'), 404: notFound } },
      },
      '/v1/notes/{code}.json': {
        get: { summary: 'Notes of a unit and the units below it, with the inspections that visited them and their conclusions', parameters: codeParam, responses: { 200: ok('Notes', 'Notes'), 404: notFound } },
      },
      '/v1/structure-2025-07.json': {
        get: {
          summary: 'Phase-I figures under the structure in force from 1/7/2025 (absent when the dataset has no reorganisation table)',
          responses: { 200: ok('Structure', 'Figures by new commune or ward'), 404: { description: 'No reorganisation in this dataset' } },
        },
      },
    },
    components: {
      schemas: {
        Meta: schema(metaSchema),
        Catalogue: schema(catalogueSchema),
        UnitDocument: schema(unitDocumentSchema),
        Boundaries: schema(boundariesSchema),
        Notes: schema(notesSchema),
        Structure: schema(structureSchema),
      },
    },
  };
}

const text = JSON.stringify(buildOpenApi(), null, 2) + '\n';
if (process.argv.includes('--check')) {
  const current = existsSync(FILE) ? readFileSync(FILE, 'utf8') : '';
  if (current !== text) {
    console.error(`${FILE} không khớp với src/api/contract.ts. Chạy "npm run api:openapi" và commit kết quả.`);
    process.exit(1);
  }
  console.log(`${FILE} khớp với hợp đồng API.`);
} else {
  writeFileSync(FILE, text);
  console.log(`Đã ghi ${FILE}`);
}
