/**
 * Units' first screens as HTML, rendered at build time (scripts/prerender) from the compiled API
 * documents, so a unit's figures are on screen before the app's code has arrived. The documents go
 * through the same contract as in the browser: a broken one stops the build.
 * The render waits for the parts that load on first use (the headline), so the page is complete and
 * the app can hydrate it as it is.
 */
/** renderToString leaves this marker where a part was still loading (its fallback, to be drawn by the client). */
const PENDING = '<!--$!-->';
/** Turns of the event loop a part may take to load before the build gives up. */
const MAX_TURNS = 100_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Renders until no part is still loading: the first render starts the loads, later ones find them done. */
async function renderComplete(tree: ReactNode, path: string): Promise<string> {
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const markup = renderToString(tree);
    if (!markup.includes(PENDING)) return markup;
    await nextTurn();
  }
  throw new Error(`first screen of ${path}: a part of the page did not finish loading`);
}
import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { parseDocument } from '@/api/client';
import { apiPaths, catalogueSchema, metaSchema, unitDocumentSchema, type Catalogue, type Meta } from '@/api/contract';
import { catalogueQueryOptions } from '@/api/get-catalogue';
import { metaQueryOptions } from '@/api/get-meta';
import { unitQueryOptions } from '@/api/get-unit';
import { structureOf } from '@/domain/unit-id';
import { drillTo, parseViewState } from '@/domain/view-state';
import { translate } from '@/i18n/catalogue';
import { AppRoutes } from './app';
import { jsonEqual } from '@/domain/json-equal';
import { firstScreenStamp } from './first-screen-stamp';
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
  /** The stamp of the documents it was drawn from (first-screen-stamp.ts). */
  stamp: string;
}

/**
 * A document checked against the contract, as the browser checks it. The page names the document's
 * text by its digest, and the app skips the check for that very text (src/api/trusted-documents.ts):
 * so the check must return the document as it is, with no field the contract does not know.
 */
async function checked<T>(read: ReadDocument, path: string, schema: Parameters<typeof parseDocument<T>>[2]): Promise<T> {
  const text = await read(path);
  const document = parseDocument(text, path, schema);
  if (!jsonEqual(document, JSON.parse(text))) throw new Error(`${path}: the document has fields the contract does not declare`);
  return document;
}

async function shared(read: ReadDocument): Promise<{ meta: Meta; catalogue: Catalogue }> {
  return { meta: await checked(read, apiPaths.meta(), metaSchema), catalogue: await checked(read, apiPaths.catalogue(), catalogueSchema) };
}

async function renderUnit(
  read: ReadDocument,
  { meta, catalogue }: { meta: Meta; catalogue: Catalogue },
  code: string,
): Promise<FirstScreen & { children: string[] }> {
  const unit = await checked(read, apiPaths.unit(code), unitDocumentSchema);
  const client = createQueryClient();
  client.setQueryData(metaQueryOptions(structureOf(code)).queryKey, meta);
  client.setQueryData(catalogueQueryOptions().queryKey, catalogue);
  client.setQueryData(unitQueryOptions(code).queryKey, unit);
  const path = drillTo(parseViewState('/', ''), code);
  const markup = await renderComplete(
    <QueryClientProvider client={client}>
      <StaticRouter location={path}>
        <AppRoutes />
      </StaticRouter>
    </QueryClientProvider>,
    path,
  );
  client.clear();
  const stamp = await firstScreenStamp(code, read);
  return { path, markup, stamp, title: `${unit.unit.name} – ${translate('vi', 'app.title')}`, children: unit.children.map((c) => c.code) };
}

/** The root unit's first screen. */
export async function renderFirstScreen(read: ReadDocument): Promise<FirstScreen> {
  const docs = await shared(read);
  const { children: _children, ...screen } = await renderUnit(read, docs, docs.meta.rootUnit);
  return screen;
}

/**
 * First screens of whole levels, root first, as long as the pages stay within `maxPages` (a level
 * that would go over is left out with the levels below it, which then open from the shell).
 * Each screen is handed to `write` as soon as it is rendered.
 */
export async function renderFirstScreens(read: ReadDocument, maxPages: number, write: (screen: FirstScreen) => Promise<void>): Promise<number> {
  const docs = await shared(read);
  let level = [docs.meta.rootUnit];
  let pages = 0;
  while (level.length > 0 && pages + level.length <= maxPages) {
    const next: string[] = [];
    for (const code of level) {
      const { children, ...screen } = await renderUnit(read, docs, code);
      await write(screen);
      next.push(...children);
    }
    pages += level.length;
    level = next;
  }
  return pages;
}
