/** msw handlers that serve the compiled demo API, exactly as the static files would. */
import { http, HttpResponse } from 'msw';
import { apiDocument } from './api-documents';

export const API_PATTERN = '*/api/v1/*';

export const apiPathOf = (url: string): string => decodeURIComponent(new URL(url).pathname.replace(/^.*\/api\//, ''));

export const handlers = [
  http.get(API_PATTERN, ({ request }) => {
    const doc = apiDocument(apiPathOf(request.url));
    return doc === undefined ? HttpResponse.json({ error: 'not found' }, { status: 404 }) : HttpResponse.json(doc);
  }),
];
