/**
 * The notice as a Word document (loaded only when the user asks for it): A4, Times New Roman,
 * the two-column header and footer blocks of a Party document without borders, the numbered
 * sections, and the annex table whose header row repeats on every page. All text goes in as text
 * runs, so nothing from the data is ever read as markup.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx';
import type { Annex } from '@/domain/report/annex';
import type { ReportText } from '@/domain/report/document';

export interface DocxInput {
  text: ReportText;
  annex: Annex;
  /** The requests as they read in the notice. */
  requestLines: readonly string[];
  /** Document title (file properties). */
  title: string;
  /** Where the figures come from (demo data says so). */
  source: string;
  /** Printed in every page's header when the data are illustrative ("Dữ liệu minh họa"). */
  mark?: string | undefined;
}

const FONT = 'Times New Roman';
/**
 * Type sizes in points, from the table of Hướng dẫn 36-HD/VPTW (Phụ lục 3; docs/notice-format.md):
 * the party heading 15 bold, issuing body, number, place and date 14, the document type 15–16 bold,
 * its subject 14–15 bold, the body 14–15, "Nơi nhận:" 14 underlined and its list 12.
 */
export const NOTICE_PT = {
  party: 15,
  issuer: 14,
  number: 14,
  placeDate: 14,
  title: 15,
  subtitle: 14,
  body: 14,
  signature: 14,
  recipientsLabel: 14,
  recipients: 12,
  table: 12,
  pageNumber: 14,
} as const;
/** docx sizes are in half-points. */
const SIZE = Object.fromEntries(Object.entries(NOTICE_PT).map(([k, pt]) => [k, pt * 2])) as { [K in keyof typeof NOTICE_PT]: number };
/** A4 in twips, margins for binding on the left (30 mm) per the document rules. */
const PAGE = { width: 11906, height: 16838, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } };
const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const lines = (text: string): string[] => text.split('\n');

type Run = Omit<IRunOptions, 'text'>;

function para(text: string, run: Run = {}, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, font: FONT, size: SIZE.body, ...run })], ...options });
}

const centred = (text: string, run: Run = {}) => lines(text).map((l) => para(l, run, { alignment: AlignmentType.CENTER }));

/** Body text: justified, first line indented 1 cm, 6 pt after. */
const body = (text: string) =>
  lines(text)
    .filter((l) => l.trim() !== '')
    .map((l) => para(l, {}, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 288 } }));

const heading = (text: string) => para(text, { bold: true }, { indent: { firstLine: 567 }, spacing: { before: 120, after: 120 }, keepNext: true });

const noBorders = TableBorders.NONE;

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: noBorders });
}

/** Two columns side by side without borders (header and footer blocks). */
function blocks(left: Paragraph[], right: Paragraph[], leftPct: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [Math.round((CONTENT_WIDTH * leftPct) / 100), Math.round((CONTENT_WIDTH * (100 - leftPct)) / 100)],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, leftPct), cell(right, 100 - leftPct)], cantSplit: true })],
  });
}

function headerBlock(text: ReportText): Table {
  // The body above the issuer upright, the issuing body (and its "*") bold.
  const issuer = lines(text.fields.issuer).map((l, i) => para(l, { size: SIZE.issuer, bold: i > 0 }, { alignment: AlignmentType.CENTER }));
  const left = [...issuer, para(text.fields.number, { size: SIZE.number }, { alignment: AlignmentType.CENTER })];
  const right = [
    ...centred(text.fields.party, { size: SIZE.party, bold: true, underline: {} }),
    para('', { size: SIZE.placeDate }),
    ...centred(text.fields.placeDate, { size: SIZE.placeDate, italics: true }),
  ];
  return blocks(left, right, 45);
}

function footerBlock(text: ReportText): Table {
  const [label = '', ...rest] = lines(text.fields.recipients);
  const left = [para(label, { size: SIZE.recipientsLabel, underline: {} }), ...rest.map((l) => para(l, { size: SIZE.recipients }))];
  const right = [
    ...centred(text.fields.signature, { size: SIZE.signature, bold: true }),
    ...[0, 1, 2].map(() => para('')),
    ...centred(text.fields.signer, { size: SIZE.signature, bold: true }),
  ];
  return blocks(left, right, 50);
}

const bordered = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const gridBorders = { top: bordered, bottom: bordered, left: bordered, right: bordered, insideHorizontal: bordered, insideVertical: bordered };
/** Column shares (%): "STT" in 12 pt bold needs 8 % of the text width to stay on one line. */
const ANNEX_WIDTHS = [8, 29, 11, 12, 12, 10, 18];

function annexCell(text: string, options: { bold?: boolean; align?: 'left' | 'right' | 'center'; span?: number } = {}): TableCell {
  const alignment = options.align === 'right' ? AlignmentType.RIGHT : options.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new TableCell({
    children: [para(text, { size: SIZE.table, bold: options.bold ?? false }, { alignment })],
    columnSpan: options.span,
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
  });
}

function annexTable(annex: Annex): Table {
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: annex.columns.map((c) => annexCell(c, { bold: true, align: 'center' })) });
  const rows = [header];
  for (const g of annex.groups) {
    rows.push(new TableRow({ cantSplit: true, children: [annexCell(g.title, { bold: true, span: annex.columns.length })] }));
    for (const l of g.lines) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            annexCell(l.no, { align: 'center' }),
            annexCell(l.indicator),
            annexCell(l.unit),
            annexCell(l.value.text, { align: 'right' }),
            annexCell(l.target.text, { align: 'right' }),
            annexCell(l.achieved.text, { align: 'right' }),
            annexCell(l.note),
          ],
        }),
      );
    }
  }
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: ANNEX_WIDTHS.map((pct) => Math.round((CONTENT_WIDTH * pct) / 100)),
    borders: gridBorders,
    rows,
  });
}

/** The progress summary above the annex table: its title, then each sentence numbered with its figures in italics. */
function summaryParagraphs(annex: Annex): Paragraph[] {
  if (!annex.summary) return [];
  return [
    para(annex.summary.title, { bold: true, size: SIZE.table }, { spacing: { before: 240, after: 60 }, keepNext: true }),
    ...annex.summary.lines.map(
      (l, i) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { after: 60 },
          children: [
            new TextRun({ text: `${i + 1}. ${l.text}`, font: FONT, size: SIZE.table }),
            ...(l.sources ? [new TextRun({ text: ` ${l.sources}`, font: FONT, size: SIZE.table, italics: true })] : []),
          ],
        }),
    ),
  ];
}

export function buildDocxDocument({ text, annex, requestLines, title, source, mark }: DocxInput): Document {
  const f = text.fields;
  const requests = requestLines.map((l) => para(l, {}, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, spacing: { after: 120, line: 288 } }));
  return new Document({
    title,
    creator: f.issuer.split('\n').join(' '),
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        ...(mark
          ? {
              headers: {
                default: new Header({
                  children: [
                    new Paragraph({
                      alignment: AlignmentType.RIGHT,
                      children: [new TextRun({ text: mark, font: FONT, size: SIZE.pageNumber, italics: true })],
                    }),
                  ],
                }),
              },
            }
          : {}),
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber })],
              }),
            ],
          }),
        },
        children: [
          headerBlock(text),
          para('', {}, { spacing: { after: 120 } }),
          ...centred(f.title, { bold: true, size: SIZE.title }),
          ...centred(f.subtitle, { bold: true, size: SIZE.subtitle }),
          para('', {}, { alignment: AlignmentType.CENTER }),
          ...body(f.opening),
          heading(f.headingResults),
          ...body(f.results),
          heading(f.headingShortcomings),
          ...body(f.shortcomings),
          heading(f.headingRequests),
          ...body(f.requestsIntro),
          ...requests,
          ...body(f.closing),
          para(''),
          footerBlock(text),
          para(annex.title, { bold: true }, { alignment: AlignmentType.CENTER, pageBreakBefore: true }),
          ...centred(annex.subtitle, { bold: true }),
          ...centred(annex.basis, { italics: true, size: SIZE.table }),
          ...centred(source, { italics: true, size: SIZE.table }),
          ...summaryParagraphs(annex),
          para(''),
          annexTable(annex),
        ],
      },
    ],
  });
}

/** The .docx file's bytes. */
export const renderDocx = (input: DocxInput): Promise<Uint8Array> => Packer.pack(buildDocxDocument(input), 'uint8array');
