/**
 * A file's text in parts, for CSV files longer than the longest string Node can hold (about
 * 512 MB: the breakdowns of 100,000 villages). Each part ends at a line end ("\n"), except the
 * last; a record in quotes that runs over a line end may still span parts (csv-stream.ts carries
 * it over). The file is read again, in chunks of bytes, each time its parts are walked, so the
 * text is never held whole.
 */
import { isUtf8 } from 'node:buffer';
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
const LF = 10;

/** One part's bytes as text: checked as UTF-8 and decoded whole (the fast paths of Buffer). */
function decodePart(bytes: Uint8Array): string {
  if (!isUtf8(bytes)) throw new TextDecodeFailure(decodeFailure(bytes));
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8');
}

/**
 * Decodes byte chunks into parts cut at line ends. A "\n" byte is never inside a multi-byte
 * character, so the bytes up to the last one in a chunk decode alone; the rest waits for the next.
 */
export function* partsOfChunks(chunks: Iterable<Uint8Array>): Generator<string> {
  let carry = new Uint8Array(0);
  let first = true;
  for (const chunk of chunks) {
    if (first && chunk.length) {
      if (looksUtf16(chunk)) throw new TextDecodeFailure({ kind: 'utf16' });
      first = false;
    }
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = bytes.lastIndexOf(LF) + 1;
    // Copied: the chunk's buffer is read into again.
    carry = bytes.slice(cut);
    if (cut > 0) yield decodePart(bytes.subarray(0, cut));
  }
  if (carry.length) yield decodePart(carry);
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
