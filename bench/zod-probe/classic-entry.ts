/** Bundle reference, classic zod: the contract and env schemas as written before zod/mini, all of them used. */
import { boundariesSchema, catalogueSchema, envSchema, metaSchema, notesSchema, unitDocumentSchema } from './contract-classic';

const input = (window as unknown as { __input?: unknown }).__input;
(window as unknown as { __out: unknown }).__out = [metaSchema, catalogueSchema, unitDocumentSchema, boundariesSchema, notesSchema, envSchema].map(
  (s) => s.safeParse(input).success,
);
