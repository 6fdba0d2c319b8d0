import { Suspense, useEffect, useMemo } from 'react';
import { Link, Navigate } from 'react-router';
import { useCatalogue } from '@/api/get-catalogue';
import type { Meta } from '@/api/contract';
import { useMeta } from '@/api/get-meta';
import { useUnit } from '@/api/get-unit';
import { resolvePeriod } from '@/domain/periods';
import { reorganisationFrom } from '@/domain/structures';
import { structureOf } from '@/domain/unit-id';
import { drillTo, type ViewName, type ViewState } from '@/domain/view-state';
import { Breadcrumb } from '@/features/hierarchy/breadcrumb';
import { StructureSwitch } from '@/features/hierarchy/structure-switch';
import { SuccessionNote } from '@/features/hierarchy/succession-note';
import { IndicatorPicker } from '@/features/filters/indicator-picker';
import { PeriodPicker } from '@/features/filters/period-picker';
import { OfflineBar } from '@/features/offline/offline-bar';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { lazyView } from '@/ui/lazy-view';
import { PanelLoading } from '@/ui/panel';
import { AppHeader } from './app-header';
import { useViewState } from './use-view-state';
import { ViewTabs } from './view-tabs';
import { VIEW_COMPONENTS, type ViewProps } from './views';

// The page's failure state loads when a failure happens, with the words for failures: the first screen does without them.
const PageError = lazyView(() => import('./page-error').then((m) => m.PageError));

const VIEWS = Object.keys(VIEW_COMPONENTS) as ViewName[];

function ViewBody(props: ViewProps) {
  const View = VIEW_COMPONENTS[props.state.view] ?? VIEW_COMPONENTS.overview!;
  return (
    <Suspense fallback={<PanelLoading height={400} />}>
      {/* Committed only once the view's code has loaded: tests and the benchmark wait on data-view. */}
      <div className="view-body" data-view={props.state.view}>
        <View {...props} />
      </div>
    </Suspense>
  );
}

/** The "new units" view exists only for a structure that a reorganisation reorganised. */
const viewsOf = (meta: Meta): ViewName[] => (reorganisationFrom(meta.reorganisations, meta.structure) ? VIEWS : VIEWS.filter((v) => v !== 'structure'));

/** The URL's state with its period resolved against the dataset's phases (the default phase, or the one named). */
function useResolvedViewState(meta: Meta | undefined): ViewState {
  const state = useViewState();
  return useMemo(() => (meta ? { ...state, period: resolvePeriod(state.period, meta.phases, meta.quarters) } : state), [state, meta]);
}

export function UnitPage() {
  const { t, lang } = useI18n();
  const meta = useMeta(structureOf(useViewState().unit ?? ''));
  const state = useResolvedViewState(meta.data);
  const catalogue = useCatalogue();
  const unitCode = state.unit ?? meta.data?.rootUnit ?? null;
  const unit = useUnit(unitCode);
  useEffect(() => {
    if (unit.data) document.title = `${unit.data.unit.name} – ${t('app.title')}`;
  }, [unit.data, t]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  /** The "new units" tab is named after the reorganisation's date. */
  const viewLabels = (m: Meta): Partial<Record<ViewName, string>> => {
    const reorganisation = reorganisationFrom(m.reorganisations, m.structure);
    return reorganisation ? { structure: t('view.structure', { date: formatDate(reorganisation.date, lang) }) } : {};
  };

  if (!state.unit && meta.data) return <Navigate to={drillTo(state, meta.data.rootUnit)} replace />;
  const backToRoot = (m: Meta | undefined) => (m ? <Link to={drillTo(state, m.rootUnit)}>{t('error.backTo', { name: m.province.name })}</Link> : null);
  const indicator = state.indicator ?? catalogue.data?.indicators[0]?.code ?? '';
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader meta={meta.data} state={state} />
      <OfflineBar unitCode={unitCode} unitName={unit.data?.unit.name} />
      <main id="main" className="app-main" tabIndex={-1}>
        {[meta, catalogue, unit].some((q) => q.error && q.data === undefined) ? (
          <Suspense fallback={<PanelLoading />}>
            <PageError queries={[meta, catalogue, unit]} meta={meta.data} unitCode={unitCode} state={state} notFound={backToRoot(meta.data)} />
          </Suspense>
        ) : meta.data && catalogue.data && unit.data ? (
          <>
            <StructureSwitch meta={meta.data} state={state} />
            <Breadcrumb unit={unit.data.unit} ancestors={unit.data.ancestors} state={state} />
            <h2 className="unit-title">{unit.data.unit.name}</h2>
            <SuccessionNote doc={unit.data} state={state} />
            <div className="toolbar no-print">
              <PeriodPicker key={`${state.unit}-${JSON.stringify(state.period)}`} state={state} phases={meta.data.phases} axis={meta.data.quarters} />
              <IndicatorPicker areas={catalogue.data.areas} indicators={catalogue.data.indicators} state={state} selected={indicator} />
            </div>
            <ViewTabs state={state} views={viewsOf(meta.data)} labels={viewLabels(meta.data)} />
            <ViewBody doc={unit.data} catalogue={catalogue.data} meta={meta.data} state={state} indicator={indicator} />
          </>
        ) : (
          <PanelLoading height={400} />
        )}
      </main>
    </>
  );
}
