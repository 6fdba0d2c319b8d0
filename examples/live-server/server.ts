/**
 * An example live server for the API contract (docs/openapi.json): it answers /api/v1/… from a
 * folder of compiled documents the way a province's own server would from its database. What a
 * real server must get right is all here: the same paths and documents, problem-details errors
 * (RFC 9457), an optional bearer token, CORS for the dashboard's origin, and ETags so that
 * unchanged documents cost a 304. Swap `readDocument` for a database query to go live.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve, sep } from 'node:path';
import { sendProblem } from '../../scripts/http-problem';

export interface LiveServerOptions {
  /** Folder holding v1/… (and openapi.json), e.g. dist/api. */
  dir: string;
  /** When set, every request must carry "Authorization: Bearer <token>". */
  token?: string | undefined;
  /** The dashboard's origin allowed by CORS ("*" when any). */
  allowOrigin?: string;
  /** Called for every request answered, e.g. to log or count them. */
  onRequest?: (method: string, path: string, status: number) => void;
}

const PREFIX = '/api/';

/** A document's text by its path under /api/ ("v1/units/06.json"), or null when there is none. */
async function readDocument(root: string, path: string): Promise<string | null> {
  const file = resolve(root, path);
  if (!file.startsWith(root + sep) || !file.endsWith('.json')) return null;
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

export function createLiveServer(options: LiveServerOptions): Server {
  const root = resolve(options.dir);
  const cors = {
    'Access-Control-Allow-Origin': options.allowOrigin ?? '*',
    'Access-Control-Allow-Headers': 'Authorization',
    'Access-Control-Expose-Headers': 'ETag',
    Vary: 'Origin',
  };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const instance = url.pathname;
    for (const [name, value] of Object.entries(cors)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS', 'Access-Control-Max-Age': '600' }).end();
      return 204;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendProblem(res, 405, 'Method Not Allowed', 'Chỉ đọc: GET hoặc HEAD (read only: GET or HEAD).', instance, { Allow: 'GET, HEAD, OPTIONS' });
      return 405;
    }
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      sendProblem(res, 401, 'Unauthorized', 'Cần mã truy cập hợp lệ (a valid bearer token is required).', instance, { 'WWW-Authenticate': 'Bearer' });
      return 401;
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname.slice(PREFIX.length));
    } catch {
      path = '';
    }
    const text = url.pathname.startsWith(PREFIX) ? await readDocument(root, path) : null;
    if (text === null) {
      sendProblem(res, 404, 'Not Found', `Không có tài liệu ${path || url.pathname} (no such document).`, instance);
      return 404;
    }
    const etag = `"${createHash('sha1').update(text).digest('base64url')}"`;
    const headers = { 'Content-Type': 'application/json; charset=utf-8', ETag: etag, 'Cache-Control': 'no-cache' };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return 304;
    }
    res.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(text) });
    res.end(req.method === 'HEAD' ? undefined : text);
    return 200;
  };
  return createServer((req, res) => {
    handle(req, res).then(
      (status) => options.onRequest?.(req.method ?? '', req.url ?? '', status),
      () => {
        if (!res.headersSent) sendProblem(res, 500, 'Internal Server Error', 'Lỗi máy chủ (server error).', req.url ?? '');
        else res.end();
      },
    );
  });
}
