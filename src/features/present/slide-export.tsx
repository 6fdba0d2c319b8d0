/**
 * What a slide gives the PPTX export: native chart data, a table or text built from the same
 * series the slide draws, or "image" (the slide's body is captured as a picture). Slide content
 * reports it with useSlideExport; the print deck collects it per slide.
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { SlideExportBody } from '@/domain/slides/slide-body';

const ExportContext = createContext<((body: SlideExportBody) => void) | null>(null);

export function SlideExportProvider({ onExport, children }: { onExport: (body: SlideExportBody) => void; children: ReactNode }) {
  return <ExportContext.Provider value={onExport}>{children}</ExportContext.Provider>;
}

/** Reports what the slide exports (only where an export collects it, i.e. in the print deck). */
export function useSlideExport(body: SlideExportBody | null): void {
  const report = useContext(ExportContext);
  const key = body ? JSON.stringify(body) : '';
  useEffect(() => {
    if (report && key) report(JSON.parse(key) as SlideExportBody);
  }, [report, key]);
}

/** Slide id → what it exports; waits until every slide has reported. */
export class ExportRegistry {
  private readonly bodies = new Map<string, SlideExportBody>();

  /** `deck`: the deck's key; a new deck gets a new registry. */
  constructor(readonly deck: string) {}

  set(id: string, body: SlideExportBody): void {
    this.bodies.set(id, body);
  }

  get(id: string): SlideExportBody | undefined {
    return this.bodies.get(id);
  }

  /** Resolves when all `ids` have reported, or after `timeoutMs` with what there is. */
  async whenReady(ids: readonly string[], timeoutMs: number, stepMs = 100): Promise<void> {
    const started = Date.now();
    while (ids.some((id) => !this.bodies.has(id)) && Date.now() - started < timeoutMs) {
      await new Promise((resolve) => setTimeout(resolve, stepMs));
    }
  }
}
