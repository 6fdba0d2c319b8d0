import { describe, expect, it } from 'vitest';
import { failedModuleUrl, isChunkLoadError, probeChunk } from './chunk-load';

describe('telling a chunk that failed to load from other errors', () => {
  it.each([
    [
      'Chromium',
      new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4173/assets/charts-view-CT65VK42.js'),
      true,
      'http://127.0.0.1:4173/assets/charts-view-CT65VK42.js',
    ],
    [
      'Firefox',
      new TypeError('error loading dynamically imported module: https://x.gov.vn/du-an-8/assets/map-view-1.js'),
      true,
      'https://x.gov.vn/du-an-8/assets/map-view-1.js',
    ],
    ['Safari (no URL)', new TypeError('Importing a module script failed.'), true, null],
    ['Vite preloading the CSS', new Error('Unable to preload CSS for /assets/map-view-C_xCzg4w.css'), true, null],
    ['a render error', new TypeError("Cannot read properties of undefined (reading 'name')"), false, null],
    ['not an Error', 'Failed to fetch dynamically imported module', false, null],
  ])('%s', (_name, error, isChunk, url) => {
    expect(isChunkLoadError(error)).toBe(isChunk);
    expect(failedModuleUrl(error)).toBe(url);
  });
});

describe('asking the server whether the chunk is still there', () => {
  const answering = (status: number) => (async () => new Response(null, { status })) as unknown as typeof fetch;
  it.each([
    [404, 'replaced'],
    [410, 'replaced'],
    [200, 'available'],
    [503, 'unreachable'],
  ] as const)('HTTP %i → %s', async (status, expected) => {
    await expect(probeChunk('http://h/assets/a.js', answering(status))).resolves.toBe(expected);
  });

  it('a network failure or an unknown URL is "unreachable"', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(probeChunk('http://h/assets/a.js', failing)).resolves.toBe('unreachable');
    await expect(probeChunk(null, answering(404))).resolves.toBe('unreachable');
  });
});
