/**
 * Fault scenarios, injected per test with server.use(...). Each matches requests whose API path
 * satisfies `match` (all by default) and leaves the others to the normal handlers.
 */
import { delay, http, HttpResponse } from 'msw';
import { apiDocument } from './api-documents';
import { API_PATTERN, apiPathOf } from './handlers';

type Match = (path: string) => boolean;
const all: Match = () => true;

function fault(match: Match, respond: (path: string) => Response | Promise<Response>) {
  return http.get(API_PATTERN, ({ request }) => {
    const path = apiPathOf(request.url);
    // Returning nothing falls through to the normal handlers (passthrough would hit the real network).
    return match(path) ? respond(path) : undefined;
  });
}

export const faults = {
  status: (status: number, match: Match = all) => fault(match, () => HttpResponse.json({ error: 'fault' }, { status })),
  /** 429 Too Many Requests, with Retry-After (seconds or an HTTP date) when given. */
  busy: (retryAfter: string | null, match: Match = all) =>
    fault(match, () => HttpResponse.json({ error: 'busy' }, { status: 429, headers: retryAfter === null ? {} : { 'Retry-After': retryAfter } })),
  malformed: (match: Match = all) => fault(match, () => new HttpResponse('{"unit": {"code": "06", ', { headers: { 'Content-Type': 'application/json' } })),
  /** The document with a change that breaks the contract. */
  contract: (alter: (doc: Record<string, unknown>) => void, match: Match = all) =>
    fault(match, (path) => {
      const doc = structuredClone(apiDocument(path)) as Record<string, unknown>;
      alter(doc);
      return HttpResponse.json(doc);
    }),
  /** Answers after `ms`, with the real document. */
  slow: (ms: number, match: Match = all) =>
    fault(match, async (path) => {
      await delay(ms);
      return HttpResponse.json(apiDocument(path) ?? {});
    }),
  networkError: (match: Match = all) => fault(match, () => HttpResponse.error()),
  oversized: (bytes: number, match: Match = all) =>
    fault(match, () => new HttpResponse(`{"pad":"${'x'.repeat(bytes)}"}`, { headers: { 'Content-Type': 'application/json' } })),
};
