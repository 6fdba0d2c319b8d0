/** Bundle experiment, zod/mini: the same schemas (contract-mini.ts), all of them used. */
import { boundariesSchema, catalogueSchema, envSchema, metaSchema, notesSchema, unitDocumentSchema } from './contract-mini';

const input = (window as unknown as { __input?: unknown }).__input;
(window as unknown as { __out: unknown }).__out = [metaSchema, catalogueSchema, unitDocumentSchema, boundariesSchema, notesSchema, envSchema].map((s) => s.safeParse(input).success);
