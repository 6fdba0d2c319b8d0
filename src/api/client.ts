/**
 * The one axios instance. It fetches text, parses JSON itself and validates it with the
 * contract's schema, so a malformed or contract-breaking response is an ApiError, never data.
 * It never shows UI and never logs: the token and the data stay out of consoles and messages.
 */
import axios, { AxiosError, type AxiosInstance } from 'axios';
import type * as z from 'zod/mini';
import { config } from '@/config/env';
import { ApiError, type ContractExpectation } from './api-error';
import { documentCache, SAVED_AT_HEADER } from './document-cache';
import { nextTask } from './next-task';
import { isTrustedText } from './trusted-documents';

/** Largest document accepted (bytes); larger ones are refused while streaming, before parsing. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export interface HttpOptions {
  /** Sent as "Authorization: Bearer …", only to the API origin. */
  token?: string | null;
  maxBytes?: number;
}

const here = (): string => (typeof location === 'undefined' ? 'http://localhost/' : location.href);

/** The absolute URL of an API path ("v1/meta.json") under a base URL that may be relative ("/api/"). */
export function apiUrl(path: string, baseURL: string = config.apiBaseUrl): string {
  return new URL(path, new URL(baseURL, here())).href;
}

/**
 * The instance's first request is sent in a task after the one that asked for it: the query and
 * axios's configuration of the request in one task, the dispatch in the next, instead of both in
 * one long task while the page starts. Later requests go at once (the interceptor is skipped, so
 * axios dispatches them synchronously as before). Errors, aborts and timeouts are unchanged: the
 * dispatch checks the signal, and the timeout starts with it.
 */
export function yieldBeforeFirstRequest(instance: AxiosInstance, later: () => Promise<void> = nextTask): void {
  let first = true;
  instance.interceptors.request.use(
    async (request) => {
      await later();
      return request;
    },
    null,
    {
      runWhen: () => {
        const yields = first;
        first = false;
        return yields;
      },
    },
  );
}

export function createHttp(baseURL: string, timeout: number, options: HttpOptions = {}): AxiosInstance {
  const instance = axios.create({
    // Absolute, so that fetch resolves it the same way in every environment.
    baseURL: apiUrl('', baseURL),
    timeout,
    // fetch: streams let the size limit stop a download early, and the AbortSignal reaches the network.
    adapter: 'fetch',
    // Paths are always relative to the API: an absolute URL can never redirect the request (or the token).
    allowAbsoluteUrls: false,
    withCredentials: false,
    // The API uses no cookies, so no XSRF cookie is read: document.cookie is a synchronous trip to the
    // browser's cookie store on every request, measured at 35 ms of the page's start on a busy machine.
    withXSRFToken: false,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    headers: { Accept: 'application/json' },
    maxContentLength: options.maxBytes ?? MAX_DOCUMENT_BYTES,
  });
  const token = options.token;
  if (token) {
    const apiOrigin = new URL(apiUrl('', baseURL)).origin;
    instance.interceptors.request.use((request) => {
      if (new URL(instance.getUri(request), here()).origin === apiOrigin) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    });
  }
  yieldBeforeFirstRequest(instance);
  return instance;
}

export const http = createHttp(config.apiBaseUrl, config.apiTimeoutMs, { token: config.apiToken });

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function toApiError(error: unknown, path: string, client: AxiosInstance): ApiError {
  if (error instanceof ApiError) return error;
  const timeoutMs = client.defaults.timeout ?? 0;
  if (error instanceof AxiosError && (error.code === AxiosError.ECONNABORTED || error.code === AxiosError.ETIMEDOUT)) {
    return new ApiError('timeout', `Timed out after ${timeoutMs} ms`, { path, timeoutMs });
  }
  if (axios.isCancel(error)) return new ApiError('aborted', 'Request aborted', { path });
  if (error instanceof AxiosError) {
    if (error.code === AxiosError.ERR_BAD_RESPONSE && /maxContentLength/.test(error.message)) {
      return new ApiError('too_large', 'Response too large', { path, size: client.defaults.maxContentLength ?? MAX_DOCUMENT_BYTES });
    }
    const status = error.response?.status;
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(error.response?.headers?.['retry-after'] as string | undefined);
      return new ApiError('busy', 'Too many requests', { path, status, ...(retryAfterMs === null ? {} : { retryAfterMs }) });
    }
    if (status === 404) return new ApiError('not_found', `Not found: ${path}`, { path, status });
    if (status === 401) return new ApiError('unauthorized', 'Unauthorized', { path, status });
    if (status === 403) return new ApiError('forbidden', 'Forbidden', { path, status });
    if (status !== undefined) return new ApiError('http', `HTTP ${status}`, { path, status });
  }
  if (isOffline()) return new ApiError('offline', 'Offline', { path });
  return new ApiError('network', error instanceof Error ? error.message : 'Network error', { path });
}

/** Retry-After in seconds or as an HTTP date, as milliseconds from now; null when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** The raw text of an API document and whether it came from the device's saved copy; every failure is an ApiError. */
async function fetchDocument(path: string, signal: AbortSignal | undefined, client: AxiosInstance): Promise<{ text: string; saved: boolean }> {
  let text: string;
  let saved: boolean;
  try {
    const response = await client.get<string>(path, { signal });
    text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
    saved = Boolean(response.headers[SAVED_AT_HEADER]);
  } catch (error) {
    throw toApiError(error, path, client);
  }
  const max = client.defaults.maxContentLength ?? MAX_DOCUMENT_BYTES;
  if (max > 0 && text.length > max) throw new ApiError('too_large', 'Response too large', { path, size: max });
  return { text, saved };
}

/** The raw text of an API document, with every failure turned into an ApiError. */
export async function fetchText(path: string, signal?: AbortSignal, client: AxiosInstance = http): Promise<string> {
  return (await fetchDocument(path, signal, client)).text;
}

/** Parses and validates a document's text against its schema. */
export function parseDocument<T>(text: string, documentPath: string, schema: z.ZodMiniType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError('malformed', `Malformed JSON at ${documentPath}`, { path: documentPath });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const field = path.map(String).join('.');
    throw new ApiError('contract', `Contract violation at ${documentPath}: ${field || '(root)'}`, {
      path: documentPath,
      field,
      expected: issue ? expectation(issue, valueAt(raw, path)) : 'valid',
      detail: issue?.message ?? '',
    });
  }
  return parsed.data;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** What the contract expected where the document broke it, as a word the UI can explain. */
function expectation(issue: z.core.$ZodIssue, found: unknown): ContractExpectation {
  if (issue.code === 'invalid_type') {
    if (found === undefined) return 'present';
    return (['string', 'number', 'boolean', 'array', 'object'] as const).find((t) => t === issue.expected) ?? 'valid';
  }
  if (issue.code === 'too_small' || issue.code === 'too_big') return 'range';
  if (issue.code === 'invalid_format') return 'format';
  if (issue.code === 'invalid_value' || issue.code === 'invalid_union') return 'allowed';
  if (issue.code === 'unrecognized_keys') return 'known-fields';
  return 'valid';
}

export async function getDocument<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, client: AxiosInstance = http, repaired = false): Promise<T> {
  const cache = documentCache();
  const { text, saved } = await fetchDocument(path, signal, client);
  try {
    // The very text the build checked for this page's first screen needs no second check.
    const doc = (await isTrustedText(path, text)) ? (JSON.parse(text) as T) : parseDocument(text, path, schema);
    if (cache && !saved) void cache.store(path, text).catch(() => undefined);
    return doc;
  } catch (error) {
    if (!cache) throw error;
    if (saved) {
      if (repaired) throw error;
      await cache.evict(path);
      return getDocument(path, schema, signal, client, true);
    }
    const copy = await cache.read(path);
    if (copy === null) throw error;
    try {
      return parseDocument(copy, path, schema);
    } catch {
      await cache.evict(path);
      throw error;
    }
  }
}
