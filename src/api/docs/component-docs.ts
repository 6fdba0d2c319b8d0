/**
 * How the contract's schemas are documented: each named component of docs/openapi.json is a zod
 * schema of src/api/contract.ts with an id, a description, an example and, for objects, one
 * description per property. The text stays beside the schemas rather than in them so that the
 * app's bundle carries none of it; the types make every property of a documented object need a
 * description, and the generator checks every example against its schema.
 */
import * as z from 'zod/mini';

export interface ComponentDoc {
  schema: z.core.$ZodType;
  id: string;
  description: string;
  /** Real-looking values; the first also gives each property its example. */
  examples: readonly unknown[];
  /** Objects only: property name → what it means. */
  properties?: Readonly<Record<string, string>>;
}

type AnyObject = z.ZodMiniObject<z.core.$ZodShape>;

/** An object component: every property of its shape must be described. */
export function objectDoc<S extends AnyObject>(
  schema: S,
  id: string,
  description: string,
  examples: readonly [z.input<S>, ...z.input<S>[]],
  properties: { readonly [K in keyof S['shape'] & string]: string },
): ComponentDoc {
  return { schema, id, description, examples, properties };
}

/** A component that is not an object (a value, a code, a coordinate pair). */
export function typeDoc<S extends z.core.$ZodType>(schema: S, id: string, description: string, examples: readonly [z.input<S>, ...z.input<S>[]]): ComponentDoc {
  return { schema, id, description, examples };
}

/** The inner schema of an optional or nullable one (`label` → its object). */
export function unwrap<S extends z.core.$ZodType>(schema: z.ZodMiniOptional<S> | z.ZodMiniNullable<S>): S {
  return schema._zod.def.innerType;
}
