/** Builds the DOCX and the XLSX annex of the seed notice and reads them back. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../../mocks/api-documents';
import { catalogueSchema, metaSchema, notesSchema, unitDocumentSchema } from '@/api/contract';
import { buildReport } from '@/domain/report/document';
import { parseSelection } from '@/domain/periods';
import { requestLine } from '@/domain/report/requests';
import { renderDocx } from './export-docx';
import { renderXlsx } from './export-xlsx';
import { inspectedUnitsToLoad, reportInput } from './report-input';
import { createWording } from './report-wording';
import { PHASE_2021_2025 } from '../../../tests/builders/phases';

const w = createWording('vi');
const meta = metaSchema.parse(apiDocument('v1/meta.json'));
const catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
const doc = unitDocumentSchema.parse(apiDocument('v1/units/058.json'));
const notes = notesSchema.parse(apiDocument('v1/notes/058.json')).notes;
const period = parseSelection('2022-01_2023-05')!;
const subDocs = new Map(inspectedUnitsToLoad(doc, notes, period).map((c) => [c, unitDocumentSchema.parse(apiDocument(`v1/units/${c}.json`))] as const));
const report = buildReport(w, reportInput(w, { doc, catalogue, meta, period, notes, subDocs, today: '2025-07-10' }));
// A hostile edit: text typed by a user (or from data) must stay text.
const text = { ...report, fields: { ...report.fields, signer: '<w:p>Nguyễn & "Văn" A</w:p>' } };

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
/** Paragraph texts of a WordprocessingML part. */
const paragraphsOf = (xml: string): string[] =>
  (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) =>
    decode((p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join('')),
  );
/** Cell texts of each table row. */
const tableRowsOf = (xml: string): string[][] =>
  (xml.match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => paragraphsOf(cell).join('\n')));

describe('the DOCX notice', async () => {
  const bytes = await renderDocx({
    text,
    annex: report.annex,
    requestLines: text.requests.map((r) => requestLine(w, r)),
    title: 'THÔNG BÁO',
    source: meta.source.vi,
    mark: 'Dữ liệu minh họa',
  });
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const paragraphs = paragraphsOf(xml);
  const rows = tableRowsOf(xml);

  it('says on every page, in its header, that the data are illustrative', async () => {
    const headers = Object.keys(zip.files).filter((f) => /^word\/header\d*\.xml$/.test(f));
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(paragraphsOf(await zip.file(h)!.async('string'))).toContain('Dữ liệu minh họa');
  });

  it('is a Word package', () => {
    expect(Object.keys(zip.files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  });

  it('is A4 with a binding margin, in Times New Roman', async () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:left="1701"/);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Times New Roman');
  });

  it('has the two header blocks side by side in a borderless table', () => {
    expect(rows[0]).toEqual(['TỈNH ỦY BẮC KẠN\nBAN DÂN VẬN\n*\nSố 25-TB/BDVTU', 'ĐẢNG CỘNG SẢN VIỆT NAM\n\nBắc Kạn, ngày 15 tháng 5 năm 2023']);
    const firstTable = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/)![0];
    expect(firstTable).toMatch(/<w:tblBorders>[\s\S]*w:val="none"/);
    expect(firstTable).not.toMatch(/<w:(top|left|bottom|right|insideH|insideV) w:val="single"/);
  });

  it('has the title, the numbered sections, the requests and the closing formula as paragraphs', () => {
    expect(paragraphs).toEqual(
      expect.arrayContaining(['THÔNG BÁO', '1. Kết quả đạt được', '2. Hạn chế, tồn tại và nguyên nhân', '3. Nhiệm vụ, giải pháp, đề nghị thời gian tới']),
    );
    expect(
      paragraphs.some(
        (p) => p.startsWith('- Tại tổ dân phố Khuổi Pái, phường Huyền Tụng: ') && p.includes('01 hội nghị truyền thông thay đổi “nếp nghĩ, cách làm”'),
      ),
    ).toBe(true);
    expect(paragraphs).toContain(requestLine(w, report.requests[0]!));
    const closing = paragraphs.findIndex((p) => p.endsWith('thông báo để các cơ quan, đơn vị biết, thực hiện./.'));
    expect(closing).toBeGreaterThan(0);
    expect(paragraphs.indexOf('PHỤ LỤC')).toBeGreaterThan(closing);
  });

  it('carries the progress summary in the annex, above its table, each sentence numbered with its figures', () => {
    const title = paragraphs.indexOf('Tóm tắt tiến độ đến mục tiêu giai đoạn, tính đến quý II/2023');
    expect(title).toBeGreaterThan(paragraphs.indexOf('PHỤ LỤC'));
    expect(paragraphs[title + 1]).toMatch(/^1\. \d+\/\d+ chỉ tiêu đã đạt hoặc đúng tiến độ mục tiêu giai đoạn; .+ Căn cứ: Chỉ tiêu có mục tiêu giai đoạn: \d+/);
    expect(paragraphs.indexOf('STT')).toBeGreaterThan(title);
  });

  it('keeps typed markup as text', () => {
    expect(rows[1]![1]).toContain('<w:p>Nguyễn & "Văn" A</w:p>');
    expect(xml).toContain('&lt;w:p&gt;Nguyễn &amp;');
  });

  it('has the annex table with its header row repeated on each page', () => {
    const header = rows.find((r) => r[0] === 'STT');
    expect(header).toEqual(['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả', 'Chỉ tiêu giao', 'Tỷ lệ đạt', 'Ghi chú']);
    expect(xml).toMatch(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1)"\/>/);
    const conferences = rows.find((r) => r[1] === 'Hội nghị, chiến dịch, sự kiện truyền thông');
    // The city has targets for the events, but a range of months is not whole years: the note says so, not "no target".
    expect(conferences?.slice(2, 7)).toEqual([
      'hội nghị, sự kiện',
      '1',
      '',
      '',
      'không so với chỉ tiêu: chỉ tiêu giao theo năm và cả giai đoạn; 612/624 lượt báo cáo – gần đủ (từ 95%)',
    ]);
    expect(rows.filter((r) => r.length === 7)).toHaveLength(1 + catalogue.indicators.length);
  });

  /** The run that holds exactly `text`: its size in points and its bold, italic and underline. */
  const runOf = (text: string) => {
    const run = (xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? []).find((r) => decode(r.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/)?.[1] ?? '') === text);
    if (!run) throw new Error(`no run "${text}"`);
    const half = Number(run.match(/<w:sz w:val="(\d+)"\/>/)?.[1]);
    return {
      pt: half / 2,
      bold: /<w:b\/>|<w:b w:val="(true|1)"\/>/.test(run),
      italic: /<w:i\/>|<w:i w:val="(true|1)"\/>/.test(run),
      underline: /<w:u /.test(run),
    };
  };

  // Hướng dẫn 36-HD/VPTW, Phụ lục 3: sizes in points and styles, read off the guideline's table.
  it.each([
    ['ĐẢNG CỘNG SẢN VIỆT NAM', 15, true, false],
    ['TỈNH ỦY BẮC KẠN', 14, false, false],
    ['BAN DÂN VẬN', 14, true, false],
    ['Số 25-TB/BDVTU', 14, false, false],
    ['Bắc Kạn, ngày 15 tháng 5 năm 2023', 14, false, true],
    ['THÔNG BÁO', 15, true, false],
    ['1. Kết quả đạt được', 14, true, false],
    ['STT', 12, true, false],
  ] as const)('sets "%s" in %i pt (bold %s, italic %s)', (text, pt, bold, italic) => {
    expect(runOf(text)).toMatchObject({ pt, bold, italic });
  });

  it('underlines "Nơi nhận:" at 14 pt, upright, and lists the recipients at 12 pt', () => {
    expect(runOf('Nơi nhận:')).toEqual({ pt: 14, bold: false, italic: false, underline: true });
    const list = text.fields.recipients.split('\n').slice(1);
    for (const line of list) expect(runOf(line).pt, line).toBe(12);
  });

  it('keeps "STT" on one line: its column is at least 8 % of the text width', () => {
    const grid = xml.match(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/g)!.at(-1)!;
    const widths = [...grid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // A4 11906 twips wide, margins 1701 + 850: 9355 twips of text; "STT" at 12 pt bold ≈ 23 pt = 460 twips plus 120 of cell margins.
    expect(widths[0]).toBeGreaterThanOrEqual(Math.round(9355 * 0.08));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9355 + widths.length);
  });

  it('dates the annex figures no later than the notice', () => {
    expect(paragraphs.find((p) => p.startsWith('Số liệu tổng hợp'))).toMatch(/số liệu đến ngày 15\/05\/2023\.$/);
  });
});

describe('the XLSX annex', async () => {
  // The whole phase (no inspection note, which would set the period): sensitive counts are published for it (some as "x").
  const phase = buildReport(
    w,
    reportInput(w, { doc, catalogue, meta, period: { kind: 'phase', phase: PHASE_2021_2025 }, notes: [], subDocs, today: '2025-07-10' }),
  );
  const hostile = { ...phase.annex, groups: phase.annex.groups.map((g, i) => (i === 0 ? { ...g, title: '=HYPERLINK("http://x","y")' } : g)) };
  const bytes = await renderXlsx({ annex: hostile, sheetName: 'PHỤ LỤC', source: meta.source.vi, moneyUnits: ['triệu đồng'] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rowOf = (label: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === label) found = row;
    });
    return found!;
  };

  it('names Times New Roman on every written cell, at its size (no office suite falls back to another font)', () => {
    const fonts = new Set<string>();
    sheet.eachRow((row) => row.eachCell((cell) => fonts.add(`${cell.font?.name} ${cell.font?.size}`)));
    expect([...fonts].sort()).toEqual(['Times New Roman 11', 'Times New Roman 13']);
  });

  it('keeps numbers as numbers and hidden values as "x"', () => {
    const conferences = rowOf('Hội nghị, chiến dịch, sự kiện truyền thông');
    expect(typeof conferences.getCell(4).value).toBe('number');
    expect(conferences.getCell(5).value).toBe(80);
    expect(typeof conferences.getCell(6).value).toBe('number');
    expect(conferences.getCell(6).numFmt).toBe('0.0%');
    expect(rowOf('Số vụ bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện').getCell(4).value).toBe('x');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const values: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values).toContain('\'=HYPERLINK("http://x","y")');
    expect(values.some((v) => typeof v === 'object' && v !== null && 'formula' in v)).toBe(false);
  });

  it('repeats the header row when printed and says where the figures come from', () => {
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    expect(sheet.getCell('A4').value).toBe(meta.source.vi);
  });
});
