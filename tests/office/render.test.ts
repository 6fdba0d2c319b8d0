/**
 * Every export of the built app, opened as an officer would open it: downloaded from the app for
 * the province and a ward, rendered to PDF by LibreOffice (metric-compatible fonts), read back
 * page by page. Each file fits its pages without text running off or into other text, uses the
 * fonts it declares, dates things the Vietnamese way and says the period of the view it came from;
 * the slides carry speaker notes; the Vietnamese CSV opens as numbers in a Vietnamese office suite.
 * The PDFs stay in OFFICE_OUT (default: a temporary folder) to be looked at.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertFiles } from '../../scripts/office/libreoffice';
import { launchBrowser, openApp } from '../browser/browser';
import { STATE_LIMIT_MS } from '../browser/limits';
import { overlappingWords, pdfFonts, pdfPages, wordsOffPage, type Page as PdfPage } from './pdf-pages';

const PERIOD = '2022-01_2023-05';
const UNITS = [
  { code: '06', name: 'Tỉnh Bắc Kạn', slug: 'tinh-bac-kan' },
  { code: '01846', name: 'Phường Huyền Tụng', slug: 'phuong-huyen-tung' },
] as const;
type Kind = 'docx' | 'annex' | 'table' | 'pptx' | 'csv' | 'csvVi';

const out = process.env.OFFICE_OUT ?? mkdtempSync(join(tmpdir(), 'da8-office-'));
let browser: Browser;
/** unit code → kind → downloaded file path. */
const files = new Map<string, Record<Kind, string>>();
/** downloaded path → rendered PDF pages. */
const rendered = new Map<string, PdfPage[]>();
const pdfOf = new Map<string, string>();

async function save(page: Page, button: string, dir: string, view: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: STATE_LIMIT_MS }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(dir, `${view}_${download.suggestedFilename()}`);
  await download.saveAs(path);
  return path;
}

async function downloadAll(code: string, name: string): Promise<Record<Kind, string>> {
  const dir = join(out, code);
  mkdirSync(dir, { recursive: true });
  const app = await openApp(browser, `/u/${code}?p=${PERIOD}&v=report`, { viewport: { width: 1920, height: 1080 } });
  const { page } = app;
  const heading = () => page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
  await page.getByRole('article', { name: 'Văn bản thông báo, sửa trực tiếp từng phần' }).waitFor();
  const docx = await save(page, 'Tải về DOCX', dir, 'report');
  const annex = await save(page, 'Tải phụ lục XLSX', dir, 'annex');
  await page.goto(page.url().replace('v=report', 'v=table'));
  await heading();
  await page.getByRole('table', { name: new RegExp(`^Số liệu các đơn vị trực thuộc ${name}`) }).waitFor();
  const table = await save(page, 'Tải Excel (XLSX)', dir, 'table');
  const csv = await save(page, 'Tải CSV', dir, 'table');
  const csvVi = await save(page, 'Tải CSV (Excel, tiếng Việt)', dir, 'table-vi');
  await page.goto(page.url().replace('v=table', 'v=present'));
  await heading();
  await page.getByRole('button', { name: 'Bắt đầu trình chiếu' }).waitFor();
  const pptx = await save(page, 'Tải PPTX (PowerPoint)', dir, 'present');
  await app.context.close();
  return { docx, annex, table, pptx, csv, csvVi };
}

beforeAll(async () => {
  browser = await launchBrowser();
  for (const unit of UNITS) files.set(unit.code, await downloadAll(unit.code, unit.name));
  const all = [...files.values()];
  const pdfDir = join(out, 'pdf');
  mkdirSync(pdfDir, { recursive: true });
  // One LibreOffice run for the documents and workbooks, one for the decks with their notes pages.
  const documents = all.flatMap((f) => [f.docx, f.annex, f.table]);
  convertFiles(documents, 'pdf', pdfDir).forEach((pdf, i) => pdfOf.set(documents[i]!, pdf));
  const decks = all.map((f) => f.pptx);
  convertFiles(decks, 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}', pdfDir).forEach((pdf, i) => pdfOf.set(decks[i]!, pdf));
  for (const [file, pdf] of pdfOf) rendered.set(file, pdfPages(pdf));
  writeFileSync(join(out, 'README.txt'), 'PDFs rendered by LibreOffice from the exports of the built app (tests/office/render.test.ts).\n');
}, 900_000);

afterAll(async () => {
  await browser?.close();
});

const pagesOf = (code: string, kind: Kind) => rendered.get(files.get(code)![kind])!;
const fontsOf = (code: string, kind: Kind) => pdfFonts(pdfOf.get(files.get(code)![kind])!);

describe.each(UNITS)('the exports of $name', ({ code }) => {
  it.each(['docx', 'annex', 'table', 'pptx'] as const)('%s: no text off the page or drawn over other text', (kind) => {
    for (const [i, page] of pagesOf(code, kind).entries()) {
      expect(
        wordsOffPage(page).map((w) => w.text),
        `page ${i + 1}`,
      ).toEqual([]);
      expect(
        overlappingWords(page).map(([a, b]) => `${a.text} × ${b.text}`),
        `page ${i + 1}`,
      ).toEqual([]);
    }
  });

  it.each(['docx', 'annex', 'table', 'pptx'] as const)('%s: every font embedded, no fallback font', (kind) => {
    const fonts = fontsOf(code, kind);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded).map((f) => f.name)).toEqual([]);
    expect(fonts.filter((f) => /DejaVu|OpenSymbol|Noto/.test(f.name)).map((f) => f.name)).toEqual([]);
  });

  it.each(['docx', 'annex', 'table', 'pptx'] as const)('%s: dates written the Vietnamese way, never ISO or month first', (kind) => {
    const text = pagesOf(code, kind)
      .map((p) => p.text)
      .join('\n');
    expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
    expect(text).toMatch(/\b\d{2}\/\d{2}\/\d{4}\b/);
  });
});

describe.each(UNITS)('the pages of the exports of $name', ({ code, name }) => {
  it('the notice: A4 portrait, the letterhead on page 1, the period of the view', () => {
    const pages = pagesOf(code, 'docx');
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(10);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([595, 842]);
    expect(pages[0]!.text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(pages[0]!.text).toContain('THÔNG BÁO');
    expect(pages.map((p) => p.text).join(' ')).toMatch(/quý I\/2022 – quý II\/2023/i);
  });

  it('the units table: one A4 landscape page (fitted to width), the unit column and every child on it', () => {
    const pages = pagesOf(code, 'table');
    expect(pages).toHaveLength(1);
    expect([Math.round(pages[0]!.width), Math.round(pages[0]!.height)]).toEqual([842, 595]);
    expect(pages[0]!.text).toContain(`Tổng cộng: ${name}`);
  });

  it('the annex: A4 landscape pages, each with the header row', () => {
    const pages = pagesOf(code, 'annex');
    for (const page of pages) {
      expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
      expect(page.words.map((w) => w.text)).toEqual(expect.arrayContaining(['STT', 'Chỉ', 'tiêu', 'Đơn', 'vị', 'tính', 'Ghi', 'chú']));
    }
  });

  it('the deck: 16:9 slides, each followed by a notes page with what the presenter says', () => {
    const pages = pagesOf(code, 'pptx');
    const slides = pages.filter((p) => p.width > p.height);
    const notes = pages.filter((p) => p.width < p.height);
    expect(slides.length).toBeGreaterThanOrEqual(6);
    expect(notes).toHaveLength(slides.length);
    for (const slide of slides) expect(slide.width / slide.height).toBeCloseTo(16 / 9, 2);
    for (const [i, page] of notes.entries()) {
      // Below the slide picture, the notes body: at least a sentence of its own.
      const spoken = page.words.filter((w) => w.yMin > page.height * 0.45 && !/^\d+$/.test(w.text));
      expect(spoken.length, `notes of slide ${i + 1}`).toBeGreaterThanOrEqual(8);
    }
    for (const slide of slides.slice(1)) expect(slide.text).toContain('Quý I/2022 – Quý II/2023');
    // The yearly trend keeps to the deck's period: 2022 and 2023 only.
    const trend = slides.find((s) => s.text.includes('diễn biến theo năm'));
    expect(trend).toBeDefined();
    const years = new Set(trend!.words.map((w) => w.text).filter((t) => /^20\d\d\*?$/.test(t)));
    expect([...years].sort()).toEqual(['2022', '2023']);
  });
});

describe('the Vietnamese CSV in a Vietnamese office suite', () => {
  it('opens with numbers as numbers', async () => {
    const csv = files.get('06')!.csvVi;
    // Separator ";" (59), quote '"' (34), UTF-8 (76), from line 1, Vietnamese number format (1066).
    const [xlsx] = convertFiles([csv], 'xlsx', join(out, 'pdf'), 'CSV:59,34,76,1,,1066');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx!);
    const sheet = book.worksheets[0]!;
    const kinds = new Set<string>();
    sheet.eachRow((row, r) => {
      if (r === 1) return;
      row.eachCell((cell, c) => {
        if (c > 1) kinds.add(typeof cell.value);
      });
    });
    expect([...kinds]).toContain('number');
  });
});
