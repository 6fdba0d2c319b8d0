/**
 * The stamp of a unit's first screen: the SHA-256 of the text of each document it was drawn from
 * (the meta, the catalogue and the unit's document). The build writes it into the page
 * (scripts/prerender); the app adopts the markup (hydrates) only when it received exactly those
 * texts, and draws its own screen over it when the API has changed since the page was built.
 */
import { apiPaths } from '@/api/contract';
import { allTrustedReceived, formatStamp, parseStamp, sha256Hex } from '@/api/trusted-documents';
import { structureOf } from '@/domain/unit-id';

/** The paths of the documents a unit's first screen is drawn from. */
export function firstScreenDocuments(unit: string): string[] {
  return [apiPaths.meta(structureOf(unit)), apiPaths.catalogue(), apiPaths.unit(unit)];
}

/** The stamp of a unit's first screen from the texts of its documents, read by path. */
export async function firstScreenStamp(unit: string, read: (path: string) => Promise<string>): Promise<string> {
  const digests: [string, string][] = [];
  for (const path of firstScreenDocuments(unit)) {
    const digest = await sha256Hex(await read(path));
    if (digest === null) throw new Error('SHA-256 (Web Crypto) is not available');
    digests.push([path, digest]);
  }
  return formatStamp(digests);
}

/** Whether the documents received for `unit` are the very texts the page's stamp names. */
export function stampMatches(stamp: string | undefined, unit: string): boolean {
  const digests = parseStamp(stamp);
  const paths = firstScreenDocuments(unit);
  return paths.every((path) => digests.has(path)) && allTrustedReceived(paths);
}
