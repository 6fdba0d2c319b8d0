import { describe, expect, it } from 'vitest';
import { readConfig } from './env';

describe('reading the build configuration', () => {
  it('defaults to the API beside the app, a 15 s timeout, no token', () => {
    expect(readConfig({ BASE_URL: '/' })).toMatchObject({ apiBaseUrl: '/api/', apiTimeoutMs: 15_000, apiToken: null, buildId: 'dev' });
  });

  it.each([
    [{ VITE_API_TIMEOUT_MS: '5000' }, { apiTimeoutMs: 5000 }],
    [{ VITE_API_BASE_URL: 'https://data.example.org/da8' }, { apiBaseUrl: 'https://data.example.org/da8/' }],
    [{ VITE_API_TOKEN: '  abc  ' }, { apiToken: 'abc' }],
    [{ VITE_API_TOKEN: '' }, { apiToken: null }],
    [{ VITE_BUILD_ID: '20250701' }, { buildId: '20250701' }],
  ])('reads %j', (raw, expected) => {
    expect(readConfig({ BASE_URL: '/', ...raw })).toMatchObject(expected);
  });

  it.each([{ VITE_API_TIMEOUT_MS: '0' }, { VITE_API_TIMEOUT_MS: 'soon' }, { VITE_TILE_URL: 'not a url' }])('refuses %j with a clear message', (raw) => {
    expect(() => readConfig(raw)).toThrow(/Cấu hình không hợp lệ/);
  });
});
