/**
 * The root unit's page arrives with its first screen already drawn (scripts/prerender). Before the
 * app replaces that markup, the documents it was drawn from are loaded, so the app's first render is
 * the same screen rather than a loading state. Never waits longer than `maxWaitMs`: a slow or failing
 * API then shows its usual loading or error state.
 */
import type { QueryClient } from '@tanstack/react-query';
import { catalogueQueryOptions } from '@/api/get-catalogue';
import { metaQueryOptions } from '@/api/get-meta';
import { unitQueryOptions } from '@/api/get-unit';
import { structureOf } from '@/domain/unit-id';
import { parseViewState } from '@/domain/view-state';
import { nextTask } from '@/ui/next-task';

export async function warmFirstScreen(client: QueryClient, location: Pick<Location, 'pathname' | 'search'>, maxWaitMs = 4000): Promise<void> {
  const unit = parseViewState(location.pathname, location.search).unit;
  if (!unit) return;
  // One request per task: the first request also sets up the HTTP client, and each costs a few milliseconds.
  const meta = client.prefetchQuery(metaQueryOptions(structureOf(unit)));
  await nextTask();
  const catalogue = client.prefetchQuery(catalogueQueryOptions());
  await nextTask();
  const loads = Promise.all([meta, catalogue, client.prefetchQuery(unitQueryOptions(unit))]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([loads, new Promise<void>((resolve) => (timer = setTimeout(resolve, maxWaitMs)))]);
  clearTimeout(timer);
}
