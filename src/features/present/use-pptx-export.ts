/**
 * The PPTX download: waits until every slide of the print deck has reported what it exports,
 * draws pictures of the slide bodies that export as images (html-to-image, twice the size),
 * then builds the file. pptxgenjs and html-to-image load only now.
 */
import { useState } from 'react';
import { serializeSelection } from '@/domain/periods';
import { formatDate, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { downloadBlob, fileNamePart } from '@/ui/export-png';
import type { PptxSlide } from './export-pptx';
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
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [capturing, setCapturing] = useState(false);

  const run = async () => {
    setStatus('busy');
    setCapturing(true);
    try {
      await registry.whenReady(slides.filter((s) => s.kind !== 'title').map((s) => s.id), READY_TIMEOUT_MS);
      await nextFrame();
      await nextFrame();
      const period = formatPeriod(info.period, lang);
      const dataDate = t('app.dataDate', { date: formatDate(info.meta.dataDate, lang) }) + (info.meta.demo ? ` · ${t('app.demoBadge')}` : '');
      const out: PptxSlide[] = [];
      for (const slide of slides) {
        const body = slide.kind === 'title' ? null : (registry.get(slide.id) ?? { kind: 'image' as const });
        out.push({
          title: slide.kind === 'title' ? info.doc.unit.name : slide.title,
          notes: notes[slide.id] ?? '',
          footer: [`${info.doc.unit.name} · ${period}`, dataDate, t('present.footer.slide', { n: slide.number, total: slides.length })],
          cover:
            slide.kind === 'title'
              ? { program: info.meta.program.name[lang], kicker: t('present.cover.report'), unit: info.doc.unit.name, period, dataDate, body: info.presentingBody }
              : null,
          body,
          image: body?.kind === 'image' ? await captureBody(slide.id) : null,
        });
      }
      const { renderPptx } = await import('./export-pptx');
      const blob = await renderPptx(out, { title: `${info.meta.program.name[lang]} – ${info.doc.unit.name}`, author: info.presentingBody, lang: lang === 'vi' ? 'vi-VN' : 'en-GB' });
      downloadBlob(blob, `${['du-an-8', fileNamePart(info.doc.unit.name).slice(0, 60), fileNamePart(serializeSelection(info.period)), 'trinh-chieu'].filter(Boolean).join('_')}.pptx`);
      setStatus('idle');
    } catch {
      setStatus('failed');
    } finally {
      setCapturing(false);
    }
  };
  return { status, capturing, run };
}
