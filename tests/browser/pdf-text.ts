/**
 * Just enough PDF reading for the print tests, on the PDFs Chromium (Skia) writes: the page count,
 * and the text of the pages, decoded through each font's ToUnicode map. Whitespace is dropped,
 * since glyphs are placed one by one and spaces are often not drawn at all.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2]!;
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      out.set(Number(m[1]), { dict: body, stream: null });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const start = m.index + m[0].indexOf(body) + streamAt + 'stream'.length + (body[streamAt + 6] === '\r' ? 2 : 1);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    let stream = pdf.subarray(start, start + length);
    if (/\/FlateDecode/.test(dict)) {
      try {
        stream = inflateSync(stream);
      } catch {
        stream = Buffer.alloc(0);
      }
    }
    out.set(Number(m[1]), { dict, stream });
  }
  return out;
}

const utf16 = (hex: string): string => {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

interface CMap {
  /** Hex digits per code: 4 for the Type0 fonts, 2 for Type3 fonts (glyphs Skia draws itself). */
  width: number;
  map: Map<string, string>;
}

/** glyph code (hex, upper case) → text, from a ToUnicode CMap. */
function cmap(source: string): CMap {
  const map = new Map<string, string>();
  const width = /begincodespacerange\s*<([0-9A-Fa-f]+)>/.exec(source)?.[1]?.length ?? 4;
  for (const block of source.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(src!.toUpperCase(), utf16(dst!));
  }
  for (const block of source.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      const width = lo!.length;
      const base = parseInt(dst!, 16);
      for (let c = parseInt(lo!, 16), k = 0; c <= parseInt(hi!, 16); c++, k++) {
        map.set(c.toString(16).toUpperCase().padStart(width, '0'), String.fromCodePoint(base + k));
      }
    }
  }
  return { width, map };
}

export interface PdfText {
  pageCount: number;
  /** Text of the whole document, whitespace removed, NFC. */
  text: string;
}

export function readPdf(pdf: Buffer): PdfText {
  const objs = objects(pdf);
  const raw = pdf.toString('latin1');
  const pageCount = (raw.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  // Font resource name → ToUnicode map.
  const fonts = new Map<string, CMap>();
  for (const [, name, num] of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const font = objs.get(Number(num));
    const toUnicode = font && /\/ToUnicode (\d+) 0 R/.exec(font.dict)?.[1];
    const stream = toUnicode ? objs.get(Number(toUnicode))?.stream : null;
    if (stream) fonts.set(name!, cmap(stream.toString('latin1')));
  }
  let text = '';
  for (const { stream } of objs.values()) {
    if (!stream) continue;
    const content = stream.toString('latin1');
    if (!/\bTf\b/.test(content)) continue;
    let current: CMap | undefined;
    for (const token of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]+)>/g)) {
      if (token[1]) current = fonts.get(token[1]);
      else if (current && token[2]) {
        const hex = token[2].toUpperCase();
        const w = current.width;
        for (let i = 0; i + w <= hex.length; i += w) text += current.map.get(hex.slice(i, i + w)) ?? '';
      }
    }
  }
  return { pageCount, text: text.replace(/\s+/g, '').normalize('NFC') };
}

/** A phrase as readPdf's text has it (no whitespace). */
export const squeeze = (phrase: string): string => phrase.replace(/\s+/g, '').normalize('NFC');
