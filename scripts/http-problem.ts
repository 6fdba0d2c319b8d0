/**
 * An error answer in the contract's form: problem details (RFC 9457, application/problem+json), as
 * docs/openapi.json describes them. Used by every server in this project that answers /api/.
 */
import type { ServerResponse } from 'node:http';

export function sendProblem(res: ServerResponse, status: number, title: string, detail: string, instance: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-cache', ...headers });
  res.end(JSON.stringify({ type: 'about:blank', title, status, detail, instance }));
}
