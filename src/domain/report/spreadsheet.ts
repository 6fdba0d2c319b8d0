/**
 * Text that a spreadsheet could take for a formula (= + - @, tab, carriage return at the start)
 * gets a leading apostrophe, so a hostile unit name or note never runs as a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
