/** Renders the charts view as the app does (QueryClient, router, i18n) on the compiled demo API. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { apiDocument } from '../../../mocks/api-documents';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { parseViewState } from '@/domain/view-state';
import { I18nProvider } from '@/i18n/i18n-context';
import { ChartsView } from './charts-view';

export const doc = <T,>(path: string): T => apiDocument(path) as T;

function Screen() {
  const location = useLocation();
  const state = parseViewState(location.pathname, location.search);
  const meta = doc<Meta>('v1/meta.json');
  const catalogue = doc<Catalogue>('v1/catalogue.json');
  const unit = doc<UnitDocument>(`v1/units/${state.unit}.json`);
  return (
    <I18nProvider lang={state.lang}>
      <p data-testid="location">{location.pathname + location.search}</p>
      <ChartsView doc={unit} catalogue={catalogue} meta={meta} state={state} indicator={state.indicator ?? catalogue.indicators[0]!.code} />
    </I18nProvider>
  );
}

/** A fresh query cache per render: every panel fetches its documents through msw. */
export function renderCharts(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  const result = render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route path="*" element={<Screen />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...result, client, location: () => result.getByTestId('location').textContent ?? '' };
}
