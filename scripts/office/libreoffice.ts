/**
 * LibreOffice run headless, as a person's office suite opens a file: convert a document to another
 * format (xlsx → xlsx to save it as LibreOffice does, docx/pptx/xlsx → pdf to render it). Each call
 * uses its own profile folder, so runs at the same time do not lock each other out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

export const hasLibreOffice = (): boolean => existsSync(SOFFICE);

/** Converts the file at `input` into `format` ("pdf", "xlsx"…) and returns the new file's path, in `outDir`. */
export function convertFile(input: string, format: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, input], {
      stdio: 'pipe',
      timeout: 180_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const output = join(outDir, `${basename(input, extname(input))}.${format.split(':')[0]}`);
  if (!existsSync(output)) throw new Error(`LibreOffice did not convert ${input} to ${format}`);
  return output;
}

/** The bytes of a workbook after LibreOffice Calc opened it and saved it as .xlsx. */
export function saveWithLibreOffice(name: string, bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'lo-save-'));
  try {
    mkdirSync(join(dir, 'in'));
    const input = join(dir, 'in', name);
    writeFileSync(input, bytes);
    return new Uint8Array(readFileSync(convertFile(input, 'xlsx', dir)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
