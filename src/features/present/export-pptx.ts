/**
 * The deck as a PowerPoint file (16:9): one slide per deck slide (a long table continues on more
 * slides), the title, footer and speaker notes as editable text in Arial (renders Vietnamese in
 * PowerPoint and LibreOffice Impress), charts as native charts from the same series the slides
 * draw, tables as tables laid out to stay inside the body, and the rest (the map) as a picture of
 * the slide's body at twice its size, its proportions kept. Every text carries the deck's language.
 * pptxgenjs loads only when asked.
 */
import type PptxGenJS from 'pptxgenjs';
import { CELL_MARGIN, layoutSlideTable } from '@/domain/slide-table';
import type { SlideExportBody } from '@/domain/slides/slide-body';
import { PX_PER_INCH, SLIDE } from './slide-types';
import { localisePackage } from './pptx-language';

export interface PptxCover {
  program: string;
  kicker: string;
  unit: string;
  period: string;
  dataDate: string;
  body: string;
}

export interface PptxSlide {
  title: string;
  notes: string;
  /** Left and middle of the footer; the slide number is added on the right. */
  footer: [string, string];
  /** The title slide's texts; null for other slides. */
  cover: PptxCover | null;
  body: SlideExportBody | null;
  /** PNG data URL of the slide's body, used when the body exports as an image. */
  image: string | null;
}

export interface PptxInfo {
  title: string;
  subject: string;
  /** The issuing body (author and company of the file). */
  author: string;
  /** BCP 47 tag of every text run: "vi-VN" or "en-US". */
  lang: string;
  /** Title of a continuation slide of a long table. */
  continued: (title: string, page: number, pages: number) => string;
}

const FONT = 'Arial';
const INK = '111111';
const MUTED = '3B3B3B';
const ACCENT = '9D174D';
const box = (x: number, y: number, w: number, h: number) => ({ x: x / PX_PER_INCH, y: y / PX_PER_INCH, w: w / PX_PER_INCH, h: h / PX_PER_INCH });
const BODY = box(SLIDE.body.x, SLIDE.body.y, SLIDE.body.width, SLIDE.body.height);
const NOTE_H = 0.4;
const hex = (colour: string) => colour.replace('#', '').toUpperCase();
/** pptxgenjs writes the company into docProps/app.xml as it is: escape it here. */
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The largest box of the picture's proportions inside `area`, centred. */
export function fitPicture(area: { x: number; y: number; w: number; h: number }, ratio: number) {
  const w = Math.min(area.w, area.h * ratio);
  const h = w / ratio;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

/** One exported slide: a deck slide, or one page of its table. */
interface Page {
  slide: PptxSlide;
  title: string;
  rows: number[] | null;
}

function bodyArea(body: SlideExportBody) {
  const note = 'note' in body ? body.note : undefined;
  return { ...BODY, h: BODY.h - (note ? NOTE_H : 0) };
}

function pagesOf(slides: readonly PptxSlide[], info: PptxInfo): Page[] {
  return slides.flatMap((slide): Page[] => {
    if (slide.body?.kind !== 'table') return [{ slide, title: slide.title, rows: null }];
    const area = bodyArea(slide.body);
    const { pages } = layoutSlideTable({ header: slide.body.header, rows: slide.body.rows, width: area.w, height: area.h });
    return pages.map((rows, i) => ({ slide, title: i === 0 ? slide.title : info.continued(slide.title, i + 1, pages.length), rows }));
  });
}

function addCover(slide: PptxGenJS.Slide, c: PptxCover, lang: string): void {
  const text = { x: 0.8, w: 11.7, fontFace: FONT, color: INK, margin: 0, lang };
  slide.addText(c.program, { ...text, y: 0.7, h: 0.9, fontSize: 18, bold: true, color: ACCENT });
  slide.addText(c.kicker, { ...text, y: 1.9, h: 0.6, fontSize: 24, color: MUTED });
  slide.addText(c.unit, { ...text, y: 2.5, h: 1.2, fontSize: 44, bold: true, fit: 'shrink' });
  slide.addText(c.period, { ...text, y: 3.8, h: 0.7, fontSize: 28 });
  slide.addText(c.dataDate, { ...text, y: 4.5, h: 0.5, fontSize: 18, color: MUTED });
  if (c.body) slide.addText(c.body, { ...text, y: 6.0, h: 0.7, fontSize: 24, bold: true });
}

function addTable(slide: PptxGenJS.Slide, body: Extract<SlideExportBody, { kind: 'table' }>, rowsShown: readonly number[], lang: string): void {
  const area = bodyArea(body);
  const layout = layoutSlideTable({ header: body.header, rows: body.rows, width: area.w, height: area.h });
  const cell = (text: string, i: number, header = false): PptxGenJS.TableCell => ({
    text,
    options: { bold: header, align: body.numeric[i] ? 'right' : 'left', fill: header ? { color: 'F2F2F2' } : undefined },
  });
  const rows = [body.header.map((h, i) => cell(h, i, true)), ...rowsShown.map((r) => body.rows[r]!.map((c, i) => cell(c, i)))];
  slide.addTable(rows, {
    lang,
    x: area.x,
    y: area.y,
    w: area.w,
    colW: layout.columnWidths,
    rowH: [layout.headerHeight, ...rowsShown.map((r) => layout.rowHeights[r]!)],
    margin: CELL_MARGIN,
    fontFace: FONT,
    fontSize: layout.fontSize,
    color: INK,
    border: { type: 'solid', pt: 0.75, color: 'BFBFBF' },
    autoPage: false,
    valign: 'top',
  });
}

function addBody(pptx: PptxGenJS, slide: PptxGenJS.Slide, page: Page, lang: string): void {
  const body = page.slide.body!;
  const note = 'note' in body ? body.note : undefined;
  const area = bodyArea(body);
  if (note)
    slide.addText(note, {
      lang,
      x: BODY.x,
      y: BODY.y + BODY.h - NOTE_H,
      w: BODY.w,
      h: NOTE_H,
      fontFace: FONT,
      fontSize: 12,
      color: MUTED,
      margin: 0,
      fit: 'shrink',
    });
  const axis = {
    catAxisLabelFontFace: FONT,
    valAxisLabelFontFace: FONT,
    dataLabelFontFace: FONT,
    legendFontFace: FONT,
    legendFontSize: 14,
    valAxisLabelFontSize: 12,
  };
  switch (body.kind) {
    case 'bars': {
      // Horizontal bars draw the first category at the bottom: reverse, so the list reads top-down as on the slide.
      const labels = [...body.categories].reverse();
      const data = body.series.map((s) => ({ name: s.name, labels, values: [...s.values].reverse() as number[] }));
      const format = body.decimals > 0 ? '#,##0.0' : '#,##0';
      slide.addChart(pptx.ChartType.bar, data, {
        ...area,
        ...axis,
        barDir: 'bar',
        barGapWidthPct: 50,
        chartColors: body.series.map((s) => hex(s.colour)),
        catAxisLabelFontSize: labels.length > 16 ? 10 : 14,
        showValue: true,
        dataLabelFontSize: labels.length > 16 ? 9 : 12,
        dataLabelFormatCode: format,
        valAxisLabelFormatCode: format,
        showLegend: body.series.length > 1,
        legendPos: 'b',
      });
      return;
    }
    case 'line': {
      const data = body.series.map((s) => ({ name: s.name, labels: body.categories, values: s.values as number[] }));
      const format = body.decimals > 0 ? '#,##0.0' : '#,##0';
      slide.addChart(pptx.ChartType.line, data, {
        ...area,
        ...axis,
        chartColors: body.series.map((s) => hex(s.colour)),
        catAxisLabelFontSize: 16,
        lineSize: 3,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 10,
        showValue: true,
        dataLabelFontSize: 14,
        dataLabelPosition: 't',
        dataLabelFormatCode: format,
        valAxisLabelFormatCode: format,
        showLegend: true,
        legendPos: 'b',
      });
      return;
    }
    case 'table':
      addTable(slide, body, page.rows ?? body.rows.map((_, i) => i), lang);
      return;
    case 'text': {
      const runs: PptxGenJS.TextProps[] = body.items.flatMap((item) => [
        { text: item.heading, options: { bold: true, fontSize: 18, breakLine: true } },
        ...(item.meta ? [{ text: item.meta, options: { italic: true, fontSize: 14, color: MUTED, breakLine: true } }] : []),
        { text: item.text, options: { fontSize: 16, breakLine: true, paraSpaceAfter: 14 } },
      ]);
      slide.addText(runs, { ...area, lang, fontFace: FONT, color: INK, valign: 'top', fit: 'shrink', margin: 0 });
      return;
    }
    case 'image':
      if (page.slide.image)
        slide.addImage({ data: page.slide.image, ...fitPicture(area, SLIDE.body.width / SLIDE.body.height), altText: body.alt ?? page.title });
      return;
    case 'message':
      slide.addText(body.text, { ...area, lang, h: 1, fontFace: FONT, fontSize: 20, italic: true, color: MUTED, margin: 0 });
  }
}

/** Builds the presentation with the given pptxgenjs class (imported on demand by the caller). */
export function buildPresentation(Pptx: typeof PptxGenJS, slides: readonly PptxSlide[], info: PptxInfo): PptxGenJS {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = info.title;
  pptx.subject = info.subject;
  pptx.author = info.author;
  pptx.company = escapeXml(info.author);
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const pages = pagesOf(slides, info);
  pages.forEach((page, index) => {
    const s = page.slide;
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    if (s.cover) addCover(slide, s.cover, info.lang);
    else {
      slide.addText(page.title, {
        ...box(72, 28, 1776, 120),
        lang: info.lang,
        fontFace: FONT,
        fontSize: 28,
        bold: true,
        color: INK,
        valign: 'middle',
        fit: 'shrink',
        margin: 0,
      });
      slide.addShape(pptx.ShapeType.line, { ...box(72, 154, 1776, 0), line: { color: ACCENT, width: 3 } });
      if (s.body) addBody(pptx, slide, page, info.lang);
      const foot = {
        ...box(72, 1020, 580, 44),
        lang: info.lang,
        fontFace: FONT,
        fontSize: 11,
        color: MUTED,
        margin: 0,
        valign: 'middle' as const,
        fit: 'shrink' as const,
      };
      slide.addText(s.footer[0], foot);
      slide.addText(s.footer[1], { ...foot, x: foot.x + foot.w, align: 'center' });
      slide.addText(`${index + 1}/${pages.length}`, { ...foot, x: foot.x + 2 * foot.w, align: 'right' });
    }
    if (s.notes.trim()) slide.addNotes(s.notes);
  });
  return pptx;
}

/** The file's bytes, every text run tagged with the deck's language and notes split into paragraphs. */
export async function writePptx(Pptx: typeof PptxGenJS, slides: readonly PptxSlide[], info: PptxInfo): Promise<Uint8Array> {
  const bytes = (await buildPresentation(Pptx, slides, info).write({ outputType: 'uint8array', compression: true })) as Uint8Array;
  return localisePackage(bytes, info.lang);
}

export async function renderPptx(slides: readonly PptxSlide[], info: PptxInfo): Promise<Blob> {
  const { default: Pptx } = await import('pptxgenjs');
  const bytes = await writePptx(Pptx, slides, info);
  return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
}
