/**
 * The root unit's first screen as HTML, rendered at build time (scripts/prerender) from the compiled
 * API documents, so the province's figures are on screen before the app's code has arrived.
 * The documents go through the same contract as in the browser: a broken one stops the build.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { parseDocument } from '@/api/client';
import { apiPaths, catalogueSchema, metaSchema, unitDocumentSchema } from '@/api/contract';
import { catalogueQueryOptions } from '@/api/get-catalogue';
import { metaQueryOptions } from '@/api/get-meta';
import { unitQueryOptions } from '@/api/get-unit';
import { drillTo, parseViewState } from '@/domain/view-state';
import { translate } from '@/i18n/catalogue';
import { AppRoutes } from './app';
import { createQueryClient } from './query-client';

/** Reads an API document (by its path under the API base) as text. */
export type ReadDocument = (path: string) => Promise<string>;

export interface FirstScreen {
  /** The URL path the markup belongs to, e.g. "/u/06". */
  path: string;
  /** The markup of <div id="root">. */
  markup: string;
  /** The document title the app sets for that page. */
  title: string;
}

export async function renderFirstScreen(read: ReadDocument): Promise<FirstScreen> {
  const meta = parseDocument(await read(apiPaths.meta()), apiPaths.meta(), metaSchema);
  const catalogue = parseDocument(await read(apiPaths.catalogue()), apiPaths.catalogue(), catalogueSchema);
  const unitPath = apiPaths.unit(meta.rootUnit);
  const unit = parseDocument(await read(unitPath), unitPath, unitDocumentSchema);

  const client = createQueryClient();
  client.setQueryData(metaQueryOptions().queryKey, meta);
  client.setQueryData(catalogueQueryOptions().queryKey, catalogue);
  client.setQueryData(unitQueryOptions(meta.rootUnit).queryKey, unit);

  const path = drillTo(parseViewState('/', ''), meta.rootUnit);
  const markup = renderToString(
    <QueryClientProvider client={client}>
      <StaticRouter location={path}>
        <AppRoutes />
      </StaticRouter>
    </QueryClientProvider>,
  );
  client.clear();
  return { path, markup, title: `${unit.unit.name} – ${translate('vi', 'app.title')}` };
}
