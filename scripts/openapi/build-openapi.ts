/**
 * docs/openapi.json: the paths of the static API, their responses and errors, the optional bearer
 * token, and the guide (docs/api-guide.md) as the document's description.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_VERSION } from '../../src/api/contract';
import { buildComponents } from './components';

const GUIDE = resolve(import.meta.dirname, '..', '..', 'docs', 'api-guide.md');

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ref('Problem') } } });

const codeParameter = {
  name: 'code',
  in: 'path',
  required: true,
  description:
    'Unit id (`UnitRef.code`): the official (GSO) code; villages and residential groups `<commune code>.<nn>`; a unit of a later structure `<code>~<structure>` (`01840~2025-07`). Percent-encoded in the path.',
  schema: { type: 'string', minLength: 1 },
  examples: { province: { value: '06' }, ward: { value: '01846' }, residentialGroup: { value: '01846.14' }, laterStructure: { value: '01840~2025-07' } },
};

const STRUCTURE_PARAMETERS = {
  structure: {
    name: 'structure',
    in: 'path',
    required: true,
    description: 'Key of a later structure (`Reorganisation.after.structure`, the code of the reorganisation that formed it).',
    schema: { type: 'string', minLength: 1 },
    examples: { demo: { value: '2025-07' } },
  },
  reorganisation: {
    name: 'reorganisation',
    in: 'path',
    required: true,
    description: 'Code of a reorganisation (`Reorganisation.code`).',
    schema: { type: 'string', minLength: 1 },
    examples: { demo: { value: '2025-07' } },
  },
};

interface Operation {
  path: string;
  operationId: string;
  tag: string;
  summary: string;
  description: string;
  schema: string;
  byUnit?: boolean;
  /** A path parameter other than a unit code. */
  parameter?: keyof typeof STRUCTURE_PARAMETERS;
}

const OPERATIONS: Operation[] = [
  {
    path: '/v1/meta.json',
    operationId: 'getMeta',
    tag: 'Dataset',
    summary: 'Dataset metadata',
    description: 'Read this first: the quarter axis every series is aligned with, the levels, the suppression rule, and `rootUnit`, where drilling starts.',
    schema: 'Meta',
  },
  {
    path: '/v1/catalogue.json',
    operationId: 'getCatalogue',
    tag: 'Dataset',
    summary: 'Indicator catalogue and dimensions',
    description:
      'Every indicator (how it adds up, which are rates and sensitive) and the dimensions of breakdowns. Every indicator code in other documents is listed here.',
    schema: 'Catalogue',
  },
  {
    path: '/v1/units/{code}.json',
    operationId: 'getUnit',
    tag: 'Units',
    summary: 'A unit with its ancestors, children and their figures',
    description: 'One document per unit, from `meta.rootUnit` down to the lowest level; follow `children` to drill down. 404 for a code that is not a unit.',
    schema: 'UnitDocument',
    byUnit: true,
  },
  {
    path: '/v1/boundaries/{code}.json',
    operationId: 'getBoundaries',
    tag: 'Maps',
    summary: 'Outline of a unit and the shapes of its children',
    description: 'Exists for every unit (a unit without children has no features). Coordinates are [longitude, latitude], WGS 84.',
    schema: 'Boundaries',
    byUnit: true,
  },
  {
    path: '/v1/notes/{code}.json',
    operationId: 'getNotes',
    tag: 'Notes',
    summary: 'Difficulties, inspections and conclusions of a unit and the units below it',
    description: 'Exists for every unit; an empty list when nothing was noted.',
    schema: 'Notes',
    byUnit: true,
  },
  {
    path: '/v1/meta~{structure}.json',
    operationId: 'getStructureMeta',
    tag: 'Structures',
    summary: 'Metadata of a later structure of units',
    description:
      'One per structure a reorganisation formed (`meta.reorganisations[].after.structure`): its quarters, levels and root, read like `/v1/meta.json`. Its units are ordinary unit documents whose ids end in `~{structure}`. 404 for a structure the dataset does not have.',
    schema: 'Meta',
    parameter: 'structure',
  },
  {
    path: '/v1/structure-{reorganisation}.json',
    operationId: 'getStructure',
    tag: 'Structures',
    summary: 'Figures of a structure under the units a reorganisation made of it',
    description:
      'One per reorganisation the dataset declares (`meta.reorganisations[].code`); a dataset without reorganisations has none (404). See the guide (Optional documents).',
    schema: 'Structure',
    parameter: 'reorganisation',
  },
];

function operation(op: Operation) {
  return {
    get: {
      operationId: op.operationId,
      tags: [op.tag],
      summary: op.summary,
      description: op.description,
      ...(op.byUnit ? { parameters: [codeParameter] } : {}),
      ...(op.parameter ? { parameters: [STRUCTURE_PARAMETERS[op.parameter]] } : {}),
      responses: {
        200: {
          description: 'The document. Servers should send an ETag or Last-Modified and may compress it.',
          content: { 'application/json': { schema: ref(op.schema) } },
        },
        401: { $ref: '#/components/responses/Unauthorized' },
        403: { $ref: '#/components/responses/Forbidden' },
        404: { $ref: '#/components/responses/NotFound' },
        500: { $ref: '#/components/responses/ServerError' },
      },
    },
  };
}

export function buildOpenApi(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dự án 8 – Project 8 monitoring API',
      version: String(API_VERSION),
      summary: 'Figures, targets, boundaries and notes of Project 8 for every unit of a province, as static JSON documents.',
      description: readFileSync(GUIDE, 'utf8'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      { url: '.', description: 'The folder this document is published in: the API base, e.g. https://example.org/du-an-8/api/ (the demo serves it at /api/).' },
    ],
    security: [{}, { bearerAuth: [] }],
    tags: [
      { name: 'Dataset', description: 'What the dataset is and how to read it.' },
      { name: 'Units', description: 'The hierarchy and the figures of every unit.' },
      { name: 'Maps', description: 'Boundaries for the map.' },
      { name: 'Notes', description: 'Difficulties, inspections and conclusions.' },
      {
        name: 'Structures',
        description:
          'Reorganisations of the units: the metadata of each later structure and the figures of a structure under the units a reorganisation made of it.',
      },
    ],
    paths: Object.fromEntries(OPERATIONS.map((op) => [op.path, operation(op)])),
    components: {
      schemas: buildComponents(),
      responses: {
        Unauthorized: problem('A token is required (or the one sent is not valid): send `Authorization: Bearer <token>`.'),
        Forbidden: problem('The token is valid but may not read this document.'),
        NotFound: problem('No such document: an unknown unit code, or an optional document this dataset does not have.'),
        ServerError: problem('The server could not produce the document (for a live server, e.g. its data failed its own checks).'),
      },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          description:
            'Optional. A server may require a token; the dashboard then sends `Authorization: Bearer <token>` (only to the API origin). A public server needs none.',
        },
      },
    },
  };
}
