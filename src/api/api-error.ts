/** Every failure of the HTTP layer becomes one typed ApiError; the UI decides how to show it. */
export type ApiErrorKind =
  'http' | 'busy' | 'not_found' | 'unauthorized' | 'forbidden' | 'timeout' | 'offline' | 'network' | 'malformed' | 'contract' | 'too_large' | 'aborted';

/** What the contract expected where a document broke it (the UI explains it in words). */
export type ContractExpectation = 'present' | 'string' | 'number' | 'boolean' | 'array' | 'object' | 'range' | 'format' | 'allowed' | 'known-fields' | 'valid';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: {
      status?: number;
      path?: string;
      field?: string;
      detail?: string;
      size?: number;
      timeoutMs?: number;
      retryAfterMs?: number;
      expected?: ContractExpectation;
    } = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Retrying helps for server and network faults, not for missing units, permissions or broken data. */
  get retryable(): boolean {
    return this.kind === 'http' || this.kind === 'busy' || this.kind === 'timeout' || this.kind === 'offline' || this.kind === 'network';
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError;
