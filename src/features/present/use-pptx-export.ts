/**
 * The PPTX download: waits until every slide of the print deck has reported what it exports,
 * draws pictures of the slide bodies that export as images (html-to-image, twice the size),
 * then builds the file. pptxgenjs and html-to-image load only now.
 */
import { useState } from 'react';
import { serializeSelection } from '@/domain/periods';
import { composeNotes, extremes, keyFigures } from '@/domain/slide-notes';
import { formatDate, formatNumber, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { useExport } from '@/ui/use-export';
import type { PptxSlide } from './export-pptx';
import type { SlideExportBody } from '@/domain/slides/slide-body';
import type { ExportRegistry } from './slide-export';
import type { DeckInfo } from './slide-frame';
import { SLIDE, type DeckSlide } from './slide-types';

const READY_TIMEOUT_MS = 15_000;
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function captureBody(id: string): Promise<string | null> {
  const slide = [...document.querySelectorAll<HTMLElement>('.present-print [data-slide-id]')].find((el) => el.dataset.slideId === id);
  const node = slide?.querySelector<HTMLElement>('.slide__content');
  if (!node) return null;
  const { toPng } = await import('html-to-image');
  return toPng(node, { pixelRatio: 2, backgroundColor: '#ffffff', skipFonts: true, width: SLIDE.body.width, height: SLIDE.body.height });
}

export function usePptxExport(slides: readonly DeckSlide[], info: DeckInfo, notes: Readonly<Record<string, string>>, registry: ExportRegistry) {
  const { t, lang } = useI18n();
  const exporter = useExport();
  const [capturing, setCapturing] = useState(false);

  const build = async (): Promise<Blob> => {
    setCapturing(true);
    try {
      await registry.whenReady(
        slides.filter((s) => s.kind !== 'title').map((s) => s.id),
        READY_TIMEOUT_MS,
      );
      await nextFrame();
      await nextFrame();
      const period = formatPeriod(info.period, lang);
      const dataDate = t('app.dataDate', { date: formatDate(info.meta.dataDate, lang) }) + (info.meta.demo ? ` · ${t('app.demoBadge')}` : '');
      const source = t('present.notes.source', { source: info.meta.source[lang], date: formatDate(info.meta.dataDate, lang), period });
      const format = (v: number, decimals: number) => formatNumber(v, lang, decimals);
      /** What the presenter says: their own notes, the slide's summary and key figures, the source. */
      const speakerNotes = (presenter: string, title: string, body: SlideExportBody | null): string => {
        if (!body)
          return composeNotes({
            presenter,
            summary: `${info.meta.program.name[lang]}: ${info.doc.unit.name}, ${period}. ${info.presentingBody}`,
            figures: [],
            source,
          });
        const ends = extremes(body);
        const decimals = 'decimals' in body ? body.decimals : 0;
        const summary = [
          `${title}.`,
          ends
            ? t('present.notes.extremes', {
                high: ends.high.label,
                highValue: format(ends.high.value, decimals),
                low: ends.low.label,
                lowValue: format(ends.low.value, decimals),
              })
            : '',
          'note' in body ? (body.note ?? '') : '',
        ]
          .filter(Boolean)
          .join(' ');
        const figures = keyFigures(body, format);
        return composeNotes({
          presenter,
          summary,
          figures: [...figures.lines, ...(figures.more ? [t('present.notes.more', { count: figures.more })] : [])],
          source,
        });
      };
      const out: PptxSlide[] = [];
      for (const slide of slides) {
        const body = slide.kind === 'title' ? null : (registry.get(slide.id) ?? { kind: 'image' as const });
        const title = slide.kind === 'title' ? info.doc.unit.name : slide.title;
        out.push({
          title,
          notes: speakerNotes(notes[slide.id] ?? '', title, body),
          footer: [`${info.doc.unit.name} · ${period}`, dataDate],
          cover:
            slide.kind === 'title'
              ? {
                  program: info.meta.program.name[lang],
                  kicker: t('present.cover.report'),
                  unit: info.doc.unit.name,
                  period,
                  dataDate,
                  body: info.presentingBody,
                }
              : null,
          body,
          image: body?.kind === 'image' ? await captureBody(slide.id) : null,
        });
      }
      const { renderPptx } = await import('./export-pptx');
      return await renderPptx(out, {
        title: `${info.meta.program.name[lang]} – ${info.doc.unit.name}`,
        subject: t('present.pptx.subject', { unit: info.doc.unit.name, period }),
        author: info.presentingBody,
        lang: lang === 'vi' ? 'vi-VN' : 'en-US',
        continued: (title, page, pages) => t('present.pptx.continued', { title, page, pages }),
      });
    } finally {
      setCapturing(false);
    }
  };
  const run = () => exporter.run('pptx', { unit: info.doc.unit.name, view: 'trinh-chieu', period: serializeSelection(info.period), extension: 'pptx' }, build);
  const status = exporter.status.kind === 'failed' ? 'failed' : exporter.busy ? 'busy' : 'idle';
  const failure = exporter.failureText(t('present.exportFailed'));
  return { status, failure, capturing, run };
}
