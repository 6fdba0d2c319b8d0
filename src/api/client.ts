/**
 * The one axios instance. It fetches text, parses JSON itself and validates it with the
 * contract's schema, so a malformed or contract-breaking response is an ApiError, never data.
 * It never shows UI and never logs: the token and the data stay out of consoles and messages.
 */
import axios, { AxiosError, type AxiosInstance } from 'axios';
import type * as z from 'zod/mini';
import { config } from '@/config/env';
import { ApiError } from './api-error';

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
    if (status === 404) return new ApiError('not_found', `Not found: ${path}`, { path, status });
    if (status === 401) return new ApiError('unauthorized', 'Unauthorized', { path, status });
    if (status === 403) return new ApiError('forbidden', 'Forbidden', { path, status });
    if (status !== undefined) return new ApiError('http', `HTTP ${status}`, { path, status });
  }
  if (isOffline()) return new ApiError('offline', 'Offline', { path });
  return new ApiError('network', error instanceof Error ? error.message : 'Network error', { path });
}

/** The raw text of an API document, with every failure turned into an ApiError. */
export async function fetchText(path: string, signal?: AbortSignal, client: AxiosInstance = http): Promise<string> {
  let text: string;
  try {
    const response = await client.get<string>(path, { signal });
    text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
  } catch (error) {
    throw toApiError(error, path, client);
  }
  const max = client.defaults.maxContentLength ?? MAX_DOCUMENT_BYTES;
  if (max > 0 && text.length > max) throw new ApiError('too_large', 'Response too large', { path, size: max });
  return text;
}

/** Parses and validates a document's text against its schema. */
export function parseDocument<T>(text: string, path: string, schema: z.ZodMiniType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError('malformed', `Malformed JSON at ${path}`, { path });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') || '(gốc)';
    throw new ApiError('contract', `Contract violation at ${path}: ${field}`, { path, field, detail: issue?.message ?? '' });
  }
  return parsed.data;
}

export async function getDocument<T>(path: string, schema: z.ZodMiniType<T>, signal?: AbortSignal, client: AxiosInstance = http): Promise<T> {
  return parseDocument(await fetchText(path, signal, client), path, schema);
}
