/**
 * The JSON text of API documents, byte for byte what JSON.stringify gives, as pieces to be
 * written one after another. A unit's figures go into its own document and its parent's
 * (emitApi hands the same object to both), so they are turned into JSON once and the text is
 * reused: at country scale the figures are nearly all of the output. Their text is plain ASCII
 * and stays a piece of its own, so it is never copied into a larger string with the units' names
 * (which would widen it to two bytes a character) before it is encoded.
 */

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype && !('toJSON' in v);

/** Pushes a member's value as pieces; false when JSON leaves the member out (undefined, a function). */
type PushValue = (value: unknown, pieces: string[]) => boolean;

const pushStringified: PushValue = (value, pieces) => {
  const text = JSON.stringify(value);
  if (text === undefined) return false;
  pieces.push(text);
  return true;
};

/** An object as JSON pieces, its members in JSON.stringify's order. */
function pushObject(object: Record<string, unknown>, pieces: string[], pushValue: PushValue): void {
  let open = '{';
  for (const key of Object.keys(object)) {
    const at = pieces.length;
    pieces.push(`${open}${JSON.stringify(key)}:`);
    if (pushValue(object[key], pieces)) open = ',';
    else pieces.length = at;
  }
  pieces.push(open === '{' ? '{}' : '}');
}

/** A serialiser that remembers each figures object's JSON while the object lives. */
export function documentSerializer(): (doc: unknown) => string[] {
  const figuresJson = new WeakMap<object, string>();
  const pushFigures: PushValue = (figures, pieces) => {
    if (!isPlainObject(figures)) return pushStringified(figures, pieces);
    let text = figuresJson.get(figures);
    if (text === undefined) {
      text = JSON.stringify(figures);
      figuresJson.set(figures, text);
    }
    pieces.push(text);
    return true;
  };
  return (doc) => {
    const pieces: string[] = [];
    // A unit document: { unit, …, figures: { [unit code]: figures } }.
    if (!isPlainObject(doc) || !('unit' in doc) || !isPlainObject(doc.figures)) {
      pushStringified(doc, pieces);
      return pieces;
    }
    const figures = doc.figures;
    pushObject(doc, pieces, (value, into) => {
      if (value !== figures) return pushStringified(value, into);
      pushObject(figures, into, pushFigures);
      return true;
    });
    return pieces;
  };
}
