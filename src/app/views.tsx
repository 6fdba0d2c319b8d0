/** Which component draws each view. Features are composed here, never inside each other. */
import { lazy, type ReactNode } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import type { ViewName, ViewState } from '@/domain/view-state';
import { ChildrenList } from '@/features/hierarchy/children-list';
import { OverviewPanel } from '@/features/overview/overview-panel';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { withViewMessages } from '@/i18n/load-view-messages';

export interface ViewProps {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  /** The selected indicator code (from the URL, or the first of the catalogue). */
  indicator: string;
}

function OverviewView({ doc, catalogue, meta, state }: ViewProps) {
  const { lang } = useI18n();
  return (
    <>
      <OverviewPanel doc={doc} catalogue={catalogue} meta={meta} state={state} />
      {doc.children.length > 0 && <ChildrenList units={doc.children} state={state} dataDate={formatDate(meta.dataDate, lang)} />}
    </>
  );
}

// Views other than the overview load on first use, with their messages, keeping the first screen small.
const UnitsTableView = lazy(withViewMessages(() => import('@/features/table/units-table-lazy').then((m) => ({ default: m.UnitsTableView }))));
const ChartsView = lazy(withViewMessages(() => import('@/features/charts/charts-view-lazy').then((m) => ({ default: m.ChartsViewLazy }))));
const MapView = lazy(withViewMessages(() => import('@/features/map/map-view-lazy').then((m) => ({ default: m.MapViewLazy }))));
const ProgressView = lazy(withViewMessages(() => import('@/features/progress/progress-view').then((m) => ({ default: m.ProgressView }))));
const ReportView = lazy(withViewMessages(() => import('@/features/report/report-view').then((m) => ({ default: m.ReportView }))));
const StructureView = lazy(withViewMessages(() => import('@/features/structure/structure-view').then((m) => ({ default: m.StructureView }))));
const NotesPanel = lazy(() => import('@/features/notes/notes-panel').then((m) => ({ default: m.NotesPanel })));
const PresentView = lazy(withViewMessages(() => import('@/features/present/present-view-lazy').then((m) => ({ default: m.PresentViewLazy }))));

/** The slide bodies of the presentation, composed from the features (loaded with the presentation). */
const SlideContent = lazy(withViewMessages(() => import('./slide-content').then((m) => ({ default: m.SlideContent }))));

/** Views in tab order. */
export const VIEW_COMPONENTS: Partial<Record<ViewName, (props: ViewProps) => ReactNode>> = {
  overview: OverviewView,
  table: ({ doc, state, indicator }: ViewProps) => <UnitsTableView unitCode={doc.unit.code} state={state} indicator={indicator} />,
  charts: ChartsView,
  map: MapView,
  progress: ProgressView,
  report: ({ doc, catalogue, meta, state }: ViewProps) => (
    <ReportView doc={doc} catalogue={catalogue} meta={meta} state={state} aside={<NotesPanel unitCode={doc.unit.code} state={state} />} />
  ),
  notes: ({ doc, state }: ViewProps) => <NotesPanel unitCode={doc.unit.code} state={state} />,
  structure: ({ doc, catalogue, meta, state, indicator }: ViewProps) => <StructureView unit={doc.unit} root={doc.ancestors[0] ?? doc.unit} catalogue={catalogue} meta={meta} state={state} indicator={indicator} />,
  present: (props: ViewProps) => <PresentView {...props} SlideContent={SlideContent} />,
};
