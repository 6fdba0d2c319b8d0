/**
 * A file's text in parts, for CSV files longer than the longest string Node can hold (about
 * 512 MB: the breakdowns of 100,000 villages). Each part ends at a line end ("\n"), except the
 * last; a record in quotes that runs over a line end may still span parts (csv-stream.ts carries
 * it over). The file is read again, in chunks of bytes, each time its parts are walked, so the
 * text is never held whole.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { decodeFailure, looksUtf16, type TextProblem } from '../../src/domain/text-checks';

export interface TextParts {
  /** The parts in order; every call reads the text again from the start. Throws TextDecodeFailure. */
  parts(): Iterable<string>;
}

/** A file's text: one string, or parts. */
export type FileText = string | TextParts;

/** The bytes of a file are not UTF-8 text (found while reading it in parts). */
export class TextDecodeFailure extends Error {
  constructor(readonly problem: TextProblem) {
    super(problem.kind);
  }
}

export const CHUNK_BYTES = 16 << 20;

/** Decodes byte chunks (a character's bytes may be split between two) into parts cut at line ends. */
export function* partsOfChunks(chunks: Iterable<Uint8Array>): Generator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let carry = '';
  let first = true;
  for (const chunk of chunks) {
    if (first && chunk.length) {
      if (looksUtf16(chunk)) throw new TextDecodeFailure({ kind: 'utf16' });
      first = false;
    }
    let text: string;
    try {
      text = carry + decoder.decode(chunk, { stream: true });
    } catch {
      throw new TextDecodeFailure(decodeFailure(chunk));
    }
    const cut = text.lastIndexOf('\n') + 1;
    if (cut === 0) {
      carry = text;
      continue;
    }
    carry = text.slice(cut);
    yield text.slice(0, cut);
  }
  let rest: string;
  try {
    rest = carry + decoder.decode();
  } catch {
    throw new TextDecodeFailure({ kind: 'not-utf8', likely: 'Windows-1252' });
  }
  if (rest) yield rest;
}

function* fileChunks(path: string, chunkBytes: number): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(chunkBytes);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The text of a file on disk, read in chunks of `chunkBytes` each time its parts are walked. */
export const fileParts = (path: string, chunkBytes = CHUNK_BYTES): TextParts => ({ parts: () => partsOfChunks(fileChunks(path, chunkBytes)) });

/** The text whole: for files that are read as one string (only the files read in parts may be large). */
export const wholeText = (text: FileText | undefined): string | undefined =>
  text === undefined || typeof text === 'string' ? text : [...text.parts()].join('');
