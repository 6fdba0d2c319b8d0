/** Build-time configuration, validated once at start; a bad value stops with a clear message. */
import { z } from 'zod';

const envSchema = z.object({
  VITE_API_BASE_URL: z.string().optional(),
  VITE_API_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  VITE_TILE_URL: z.string().url().optional(),
  VITE_TILE_ATTRIBUTION: z.string().optional(),
  BASE_URL: z.string().default('/'),
});

export interface AppConfig {
  apiBaseUrl: string;
  apiTimeoutMs: number;
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
    tileUrl: env.VITE_TILE_URL ?? null,
    tileAttribution: env.VITE_TILE_ATTRIBUTION ?? '',
  };
}

export const config: AppConfig = readConfig(import.meta.env as Record<string, unknown>);
