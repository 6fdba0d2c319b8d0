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

/**
 * Converts files into `format` ("pdf", "xlsx", or with a filter: 'pdf:impress_pdf_Export:{…}') in
 * one LibreOffice run and returns the new files' paths, in `outDir`. `inFilter` says how to open
 * them (e.g. a CSV's separator and locale).
 */
export function convertFiles(inputs: readonly string[], format: string, outDir: string, inFilter?: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      ...(inFilter ? [`--infilter=${inFilter}`] : []),
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...inputs,
    ];
    execFileSync(SOFFICE, args, { stdio: 'pipe', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return inputs.map((input) => {
    const output = join(outDir, `${basename(input, extname(input))}.${format.split(':')[0]}`);
    if (!existsSync(output)) throw new Error(`LibreOffice did not convert ${input} to ${format}`);
    return output;
  });
}

/** The bytes of a workbook after LibreOffice Calc opened it and saved it as .xlsx. */
export function saveWithLibreOffice(name: string, bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'lo-save-'));
  try {
    mkdirSync(join(dir, 'in'));
    const input = join(dir, 'in', name);
    writeFileSync(input, bytes);
    return new Uint8Array(readFileSync(convertFiles([input], 'xlsx', dir)[0]!));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
