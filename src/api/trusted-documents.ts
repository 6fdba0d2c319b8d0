/**
 * Documents the page's first screen was drawn from, known by the SHA-256 of their text. The build
 * checked those exact texts against the contract (scripts/prerender) and writes their digests into
 * the page. A response with the same digest is the same text, so its check would give the same
 * answer: it is parsed without running the schema again (a check of a unit's document is the
 * longest piece of work of a page's start). A response that differs, and every document of a
 * browser without Web Crypto (a page served over plain http), is checked as always.
 */

/** "path=digest" pairs separated by spaces, as the build writes them into the page. */
export function formatStamp(digests: ReadonlyArray<readonly [path: string, digest: string]>): string {
  return digests.map(([path, digest]) => `${path}=${digest}`).join(' ');
}

/** The digests of a page's stamp, by document path; pairs that cannot be read are left out. */
export function parseStamp(stamp: string | undefined): Map<string, string> {
  const digests = new Map<string, string>();
  for (const pair of (stamp ?? '').split(' ')) {
    const match = /^([^=\s]+)=([0-9a-f]{64})$/.exec(pair);
    if (match) digests.set(match[1]!, match[2]!);
  }
  return digests;
}

/** The SHA-256 of a text's UTF-8 bytes as 64 hex digits, or null where Web Crypto is not available. */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

let trusted = new Map<string, string>();
const matched = new Set<string>();

/** Trusts the documents of this page's first screen (replacing what was trusted before). */
export function trustDocuments(digests: ReadonlyMap<string, string>): void {
  trusted = new Map(digests);
  matched.clear();
}

/** Whether this text of the document at `path` is the one the build checked. */
export async function isTrustedText(path: string, text: string): Promise<boolean> {
  const expected = trusted.get(path);
  const same = expected !== undefined && (await sha256Hex(text)) === expected;
  if (same) matched.add(path);
  else matched.delete(path);
  return same;
}

/** Whether the last text received for each of these documents was the one the build checked. */
export function allTrustedReceived(paths: Iterable<string>): boolean {
  for (const path of paths) if (!matched.has(path)) return false;
  return true;
}
