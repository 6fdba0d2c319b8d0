/** Which component draws each view. Features are composed here, never inside each other. */
import type { ReactNode } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { reorganisationFrom } from '@/domain/structures';
import type { ViewName, ViewState } from '@/domain/view-state';
import { ChildrenList } from '@/features/hierarchy/children-list';
import { OverviewPanel } from '@/features/overview/overview-panel';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { withViewMessages } from '@/i18n/load-view-messages';
import { lazyView } from '@/ui/lazy-view';
import { nextTask } from '@/ui/next-task';

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

// Views other than the overview load on first use, with their messages, keeping the first screen small;
// each under the boundary that survives its code failing to arrive (src/ui/lazy-view.tsx).
const UnitsTableView = lazyView(withViewMessages(() => import('@/features/table/units-table-panel').then((m) => m.UnitsTablePanel)));
const ChartsView = lazyView(withViewMessages(() => import('@/features/charts/charts-view').then((m) => m.ChartsView)));
// Leaflet is most of the map's code: it is evaluated in a task of its own, then the map view in the next.
const MapView = lazyView(
  withViewMessages(() =>
    import('leaflet')
      .then(nextTask)
      .then(() => import('@/features/map/map-view'))
      .then((m) => m.MapView),
  ),
);
const ProgressView = lazyView(withViewMessages(() => import('@/features/progress/progress-view').then((m) => m.ProgressView)));
const ReportView = lazyView(withViewMessages(() => import('@/features/report/report-view').then((m) => m.ReportView)));
const StructureView = lazyView(withViewMessages(() => import('@/features/structure/structure-view').then((m) => m.StructureView)));
const ReportCheckView = lazyView(withViewMessages(() => import('@/features/report-check/report-check-view').then((m) => m.ReportCheckView)));
const NotesPanel = lazyView(withViewMessages(() => import('@/features/notes/notes-panel').then((m) => m.NotesPanel)));
const PresentView = lazyView(withViewMessages(() => import('@/features/present/present-view').then((m) => m.PresentView)));

/** The slide bodies of the presentation (loaded with it, with the messages of the views they draw from). */
const SlideContent = lazyView(withViewMessages(() => import('@/features/present/slides/slide-content').then((m) => m.SlideContent)));

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
  structure: ({ doc, catalogue, meta, state, indicator }: ViewProps) => (
    <StructureView
      unit={doc.unit}
      root={doc.ancestors[0] ?? doc.unit}
      reorganisation={reorganisationFrom(meta.reorganisations, meta.structure)}
      catalogue={catalogue}
      meta={meta}
      state={state}
      indicator={indicator}
    />
  ),
  present: (props: ViewProps) => <PresentView {...props} SlideContent={SlideContent} />,
  check: ({ catalogue, meta }: ViewProps) => <ReportCheckView catalogue={catalogue} meta={meta} />,
};
