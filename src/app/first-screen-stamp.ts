/**
 * The stamp of a unit's first screen: a fingerprint of the documents it was drawn from (the meta,
 * the catalogue and the unit's document, as the contract parses them). The build writes it into the
 * page (scripts/prerender); the app adopts the markup (hydrates) only when the documents it loaded
 * carry the same stamp, and draws its own screen over it when the API has changed since the page
 * was built.
 */
import type { QueryClient } from '@tanstack/react-query';
import { catalogueQueryOptions } from '@/api/get-catalogue';
import { metaQueryOptions } from '@/api/get-meta';
import { unitQueryOptions } from '@/api/get-unit';
import { fingerprint } from '@/domain/fingerprint';
import { structureOf } from '@/domain/unit-id';

/** The stamp of the documents the query cache holds for `unit`, or null while one of them is missing. */
export function firstScreenStamp(client: QueryClient, unit: string): string | null {
  const documents = [
    client.getQueryData(metaQueryOptions(structureOf(unit)).queryKey),
    client.getQueryData(catalogueQueryOptions().queryKey),
    client.getQueryData(unitQueryOptions(unit).queryKey),
  ];
  return documents.includes(undefined) ? null : fingerprint(JSON.stringify(documents));
}
