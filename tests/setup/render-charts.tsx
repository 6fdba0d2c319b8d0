/** Renders the charts view (or one of its panels) as the app does: QueryClient, router, i18n, the compiled demo API via msw. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import type { ComponentType } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { apiDocument } from '../../mocks/api-documents';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { I18nProvider } from '@/i18n/i18n-context';
import type { ChartContext } from '@/features/charts/chart-context';
import { chartContext, ChartsView } from '@/features/charts/charts-view';
import { demoViewState } from './demo-view-state';

// Role queries skip the visibility check on every SVG node of the charts (jsdom has no layout anyway).
configure({ defaultHidden: true });

/** Charts render slowly in jsdom on a busy machine: a generous per-test budget. */
export const CHART_TEST_TIMEOUT = 40_000;

export const doc = <T,>(path: string): T => apiDocument(path) as T;

type PanelComponent = ComponentType<{ ctx: ChartContext }>;

function Screen({ panel: Panel }: { panel: PanelComponent | undefined }) {
  const location = useLocation();
  const state = demoViewState(location.pathname, location.search);
  const catalogue = doc<Catalogue>('v1/catalogue.json');
  const props = {
    doc: doc<UnitDocument>(`v1/units/${state.unit}.json`),
    catalogue,
    meta: doc<Meta>('v1/meta.json'),
    state,
    indicator: state.indicator ?? catalogue.indicators[0]!.code,
  };
  const ctx = chartContext(props, state.lang);
  return (
    <I18nProvider lang={state.lang}>
      <p data-testid="location">{location.pathname + location.search}</p>
      {Panel && ctx ? <Panel ctx={ctx} /> : <ChartsView {...props} />}
    </I18nProvider>
  );
}

/**
 * The view at `url` (or only `panel`, to keep a test fast) with a fresh query cache: every panel
 * fetches its documents through msw, so faults can be injected with server.use().
 */
export function renderCharts(url: string, panel?: PanelComponent) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const result = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="*" element={<Screen panel={panel} />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, client, location: () => result.getByTestId('location').textContent ?? '' };
}
