/**
 * Remembers the last value derived from each unit document, with the inputs it was derived from
 * (compared by identity: documents, catalogue and meta are the query cache's own objects, periods are
 * passed as their serialised text). Drilling back to a unit reuses its headline and key figures
 * instead of deriving them again; a document dropped from the query cache takes its value with it.
 */
export function rememberedPerDocument<V>(): (doc: object, inputs: readonly unknown[], derive: () => V) => V {
  const last = new WeakMap<object, { inputs: readonly unknown[]; value: V }>();
  return (doc, inputs, derive) => {
    const hit = last.get(doc);
    if (hit && hit.inputs.length === inputs.length && hit.inputs.every((input, i) => Object.is(input, inputs[i]))) return hit.value;
    const value = derive();
    last.set(doc, { inputs, value });
    return value;
  };
}
