import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '@/i18n/i18n-context';
import { NO_EXPORT_CLASS, renderPng } from '@/ui/export-png';
import { Panel } from '@/ui/panel';
import { useExport, type FileName } from '@/ui/use-export';
import { useChartWidth } from './use-chart-width';

interface ChartPanelProps {
  id: string;
  title: string;
  dataDate: string;
  fileName: Omit<FileName, 'extension'>;
  /** Changing it clears a crashed panel (new unit, indicator or period). */
  resetKey: string;
  /** Chart options: part of the screen, not of the exported image. */
  controls?: ReactNode;
  /** False while loading, on error or when there is nothing to show: table and export are off. */
  ready: boolean;
  children: (showTable: boolean) => ReactNode;
}

/** Room the loading state keeps for the legend and notes under a chart, so the page moves little when it arrives. */
export const CAPTION_ALLOWANCE = 64;

/**
 * A chart in its own panel (title, data date, error boundary) with a data-table twin toggle and a
 * PNG export of exactly what the panel shows: title, data date, chart or table, legend and notes.
 */
export function ChartPanel({ id, title, dataDate, fileName, resetKey, controls, ready, children }: ChartPanelProps) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const png = useExport();
  const pngFailure = png.failureText(t('charts.exportFailed'));
  const bodyRef = useRef<HTMLDivElement>(null);
  const onExport = async () => {
    const section = bodyRef.current?.closest('section');
    if (section) await png.run('png', { ...fileName, extension: 'png' }, () => renderPng(section));
  };
  const actions = (
    <div className={`chart-actions ${NO_EXPORT_CLASS}`} role="group" aria-label={t('charts.actions')}>
      <button type="button" className="button" aria-pressed={showTable} disabled={!ready} onClick={() => setShowTable((v) => !v)}>
        {t('charts.showTable')}
      </button>
      <button type="button" className="button" disabled={!ready || png.busy} onClick={() => void onExport()}>
        {png.busy ? t('charts.exporting') : t('charts.exportPng')}
      </button>
    </div>
  );
  return (
    <Panel id={id} title={title} dataDate={dataDate} actions={actions} resetKey={resetKey}>
      {pngFailure && (
        <p className={`chart-export-error ${NO_EXPORT_CLASS}`} role="alert">
          {pngFailure}
        </p>
      )}
      {controls && (
        <div className={`chart-controls ${NO_EXPORT_CLASS}`} role="group" aria-label={t('charts.options')}>
          {controls}
        </div>
      )}
      <div ref={bodyRef}>{children(ready && showTable)}</div>
    </Panel>
  );
}

interface ChartFigureProps {
  /** Text alternative of the drawing: what it shows and its main facts. */
  summary: string;
  height: number;
  showTable: boolean;
  table: ReactNode;
  legend?: ReactNode;
  notes?: ReactNode;
  children: (width: number) => ReactNode;
}

/** The drawing (or its table twin) with the legend and notes as the caption. */
export function ChartFigure({ summary, height, showTable, table, legend, notes, children }: ChartFigureProps) {
  const [ref, width] = useChartWidth();
  return (
    <figure className="chart-figure">
      {showTable ? (
        table
      ) : (
        <div ref={ref} className="chart-figure__plot" role="img" aria-label={summary} style={{ height }}>
          {children(width)}
        </div>
      )}
      {(legend || notes) && (
        <figcaption className="chart-figure__caption">
          {!showTable && legend}
          {notes}
        </figcaption>
      )}
    </figure>
  );
}

/** A real table with the chart's numbers; scrolls sideways on narrow screens. */
export function TwinTable({ caption, children }: { caption: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="chart-table" role="region" aria-label={`${t('charts.showTable')}: ${caption}`} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  );
}
