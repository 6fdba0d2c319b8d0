/**
 * Unit identity across structures. A dataset holds its base structure and, after each
 * reorganisation, the structure in force from then. Codes are unique within a structure but may be
 * reused by the next one (new 01840 Phường Đức Xuân took the code of old 01840 Phường Đức Xuân), so
 * a unit of a later structure is identified by its code and the reorganisation's code:
 * "01840~2025-07". Base-structure units keep their bare code, so links shared before a
 * reorganisation open what they always opened.
 */

export const STRUCTURE_SEPARATOR = '~';
/** The key of the base structure. */
export const BASE_STRUCTURE = '';

const CODE = '[0-9A-Za-z._-]{1,32}';
const STRUCTURE = '[0-9A-Za-z][0-9A-Za-z-]{0,19}';
export const STRUCTURE_KEY_RE = new RegExp(`^${STRUCTURE}$`);
export const UNIT_ID_RE = new RegExp(`^${CODE}(?:${STRUCTURE_SEPARATOR}${STRUCTURE})?$`);

export function unitId(code: string, structure: string): string {
  return structure === BASE_STRUCTURE ? code : `${code}${STRUCTURE_SEPARATOR}${structure}`;
}

/** The structure a unit id belongs to ("" for the base structure). */
export function structureOf(id: string): string {
  const at = id.indexOf(STRUCTURE_SEPARATOR);
  return at < 0 ? BASE_STRUCTURE : id.slice(at + 1);
}

/** The unit's own code, as its structure's unit list has it. */
export function officialCode(id: string): string {
  const at = id.indexOf(STRUCTURE_SEPARATOR);
  return at < 0 ? id : id.slice(0, at);
}
