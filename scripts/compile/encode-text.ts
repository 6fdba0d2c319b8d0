/** Text saved in the encodings people save by mistake (UTF-16, Windows code pages), for the compile's tests. */
export const ENCODINGS = ['utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'windows-1258', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Byte of each character of a single-byte code page, from its decoder (characters it lacks become "?"). */
function codePage(label: string): Map<string, number> {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0x80; b <= 0xff; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return table;
}
const CODE_PAGES = { 'windows-1258': codePage('windows-1258'), 'windows-1252': codePage('windows-1252') };

function singleByte(text: string, table: Map<string, number>): Uint8Array {
  const out: number[] = [];
  // Windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark.
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else if (table.has(ch)) out.push(table.get(ch)!);
    else for (const part of ch.normalize('NFD')) out.push(part.codePointAt(0)! < 0x80 ? part.codePointAt(0)! : (table.get(part) ?? 0x3f));
  }
  return new Uint8Array(out);
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), !bigEndian);
  return out;
}

/** The bytes of a text saved in an encoding other than UTF-8. */
export function encode(text: string, encoding: Encoding): Uint8Array {
  if (encoding === 'utf-16le-bom') return utf16(text, false, true);
  if (encoding === 'utf-16be-bom') return utf16(text, true, true);
  if (encoding === 'utf-16le') return utf16(text, false, false);
  return singleByte(text, CODE_PAGES[encoding]);
}
