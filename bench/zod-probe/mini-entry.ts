/** Bundle measurement, zod/mini: the app's own contract and env schemas, all of them used. */
import { boundariesSchema, catalogueSchema, metaSchema, notesSchema, unitDocumentSchema } from '@/api/contract';
import { readConfig } from '@/config/env';

const input = (window as unknown as { __input?: unknown }).__input;
(window as unknown as { __out: unknown }).__out = [metaSchema, catalogueSchema, unitDocumentSchema, boundariesSchema, notesSchema]
  .map((s) => s.safeParse(input).success)
  .concat([!!readConfig({})]);
