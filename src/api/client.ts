/**
 * The one axios instance. It fetches text, parses JSON itself and validates it with the
 * contract's schema, so a malformed or contract-breaking response is an ApiError, never data.
 */
import axios, { AxiosError, type AxiosInstance } from 'axios';
import type { z } from 'zod';
import { config } from '@/config/env';
import { ApiError } from './api-error';

/** Largest document accepted (bytes of text); larger ones are refused rather than parsed. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export function createHttp(baseURL: string, timeout: number): AxiosInstance {
  return axios.create({
    baseURL,
    timeout,
    responseType: 'text',
    transformResponse: [(data: unknown) => data],
    headers: { Accept: 'application/json' },
    maxContentLength: MAX_DOCUMENT_BYTES,
  });
}

export const http = createHttp(config.apiBaseUrl, config.apiTimeoutMs);

function toApiError(error: unknown, path: string, timeoutMs: number): ApiError {
  if (error instanceof ApiError) return error;
  if (axios.isCancel(error)) return new ApiError('aborted', 'Request aborted', { path });
  if (error instanceof AxiosError) {
    if (error.code === AxiosError.ECONNABORTED || error.code === AxiosError.ETIMEDOUT) {
      return new ApiError('timeout', `Timed out after ${timeoutMs} ms`, { path, timeoutMs });
    }
    if (error.code === 'ERR_BAD_RESPONSE' && /maxContentLength/.test(error.message)) {
      return new ApiError('too_large', 'Response too large', { path, size: MAX_DOCUMENT_BYTES });
    }
    const status = error.response?.status;
    if (status === 404) return new ApiError('not_found', `Not found: ${path}`, { path, status });
    if (status === 401) return new ApiError('unauthorized', 'Unauthorized', { path, status });
    if (status === 403) return new ApiError('forbidden', 'Forbidden', { path, status });
    if (status !== undefined) return new ApiError('http', `HTTP ${status}`, { path, status });
    if (typeof navigator !== 'undefined' && navigator.onLine === false) return new ApiError('offline', 'Offline', { path });
    return new ApiError('network', error.message, { path });
  }
  return new ApiError('network', String(error), { path });
}

export async function getDocument<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal, client: AxiosInstance = http): Promise<T> {
  const timeoutMs = client.defaults.timeout ?? 0;
  let text: string;
  try {
    const response = await client.get<string>(path, { signal });
    text = typeof response.data === 'string' ? response.data : JSON.stringify(response.data);
  } catch (error) {
    throw toApiError(error, path, timeoutMs);
  }
  if (text.length > MAX_DOCUMENT_BYTES) throw new ApiError('too_large', 'Response too large', { path, size: text.length });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError('malformed', `Malformed JSON at ${path}`, { path });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(gốc)';
    throw new ApiError('contract', `Contract violation at ${path}: ${field}`, { path, field, detail: issue?.message ?? '' });
  }
  return parsed.data;
}
