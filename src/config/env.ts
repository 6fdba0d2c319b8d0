/** Build-time configuration, validated once at start; a bad value stops with a clear message. */
import * as z from 'zod/mini';

// zod 4 probes `new Function` to speed up parsing; under the strict CSP (no 'unsafe-eval') that probe is a
// reported violation. Switched off before the first parse, which is the one below.
z.config({ jitless: true });

const envSchema = z.object({
  VITE_API_BASE_URL: z.optional(z.string()),
  VITE_API_TIMEOUT_MS: z.optional(z.coerce.number().check(z.positive(), z.multipleOf(1))),
  /** Optional bearer token for a protected API; sent only to the API origin (docs/security.md). */
  VITE_API_TOKEN: z.optional(z.string()),
  /** Deployment version; names the offline data cache so old and new data never mix. */
  VITE_BUILD_ID: z.optional(z.string()),
  VITE_TILE_URL: z.optional(z.url()),
  VITE_TILE_ATTRIBUTION: z.optional(z.string()),
  BASE_URL: z._default(z.string(), '/'),
});

export interface AppConfig {
  apiBaseUrl: string;
  apiTimeoutMs: number;
  apiToken: string | null;
  buildId: string;
  tileUrl: string | null;
  tileAttribution: string;
}

export function readConfig(raw: Record<string, unknown>): AppConfig {
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Cấu hình không hợp lệ: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const env = parsed.data;
  const base = env.VITE_API_BASE_URL || `${env.BASE_URL.replace(/\/?$/, '/')}api/`;
  return {
    apiBaseUrl: base.endsWith('/') ? base : `${base}/`,
    apiTimeoutMs: env.VITE_API_TIMEOUT_MS ?? 15_000,
    apiToken: env.VITE_API_TOKEN?.trim() || null,
    buildId: env.VITE_BUILD_ID || 'dev',
    tileUrl: env.VITE_TILE_URL ?? null,
    tileAttribution: env.VITE_TILE_ATTRIBUTION ?? '',
  };
}

export const config: AppConfig = readConfig(import.meta.env as Record<string, unknown>);
