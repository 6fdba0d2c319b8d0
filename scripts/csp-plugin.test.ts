import { describe, expect, it } from 'vitest';
import { buildCsp, hostSource } from './csp-plugin';
import { isApiDocument, resolveBuildId } from './pwa-options';

describe('the Content-Security-Policy of the build', () => {
  it('allows only the app itself by default, with no inline code and no eval', () => {
    const csp = buildCsp();
    expect(csp).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' data: blob:; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(csp).not.toMatch(/unsafe|frame-ancestors/);
  });

  it('adds the tile host for images and an absolute API origin for connections', () => {
    const csp = buildCsp({ tileUrl: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', apiBaseUrl: 'https://data.example.gov.vn/da8/api/' });
    expect(csp).toContain("img-src 'self' data: blob: https://*.tile.openstreetmap.org;");
    expect(csp).toContain("connect-src 'self' data: blob: https://data.example.gov.vn;");
  });

  it('adds nothing for a relative API base', () => {
    expect(buildCsp({ apiBaseUrl: '/api/' })).toBe(buildCsp());
  });

  it.each([
    ['https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://*.tile.openstreetmap.org'],
    ['https://tiles.example.org/{z}/{x}/{y}.png', 'https://tiles.example.org'],
    ['http://localhost:8080/tiles/{z}/{x}/{y}.png', 'http://localhost:8080'],
    ['https://tile-{s}.example.org/{z}/{x}/{y}.png', 'https://*.example.org'],
    ['https://{s}.org/{z}.png', null],
    ['javascript:alert(1)', null],
    ["https://evil.example'; script-src *", null],
  ])('host source of %s is %s', (template, source) => {
    expect(hostSource(template)).toBe(source);
  });
});

describe('the service worker configuration', () => {
  it.each([
    ['https://app.example/api/v1/meta.json', true],
    ['https://app.example/api/v1/catalogue.json', true],
    ['https://app.example/api/v1/units/01846.14.json', true],
    ['https://data.example.org/x/v1/boundaries/06.json', true],
    ['https://app.example/api/v1/notes/058.json', true],
    ['https://app.example/api/v1/structure-2025-07.json', true],
    ['https://app.example/api/v1/structure.json', false],
    ['https://app.example/api/v1/units/058.json?offline-download', false],
    ['https://app.example/u/058', false],
    ['https://app.example/assets/index.js', false],
  ])('caches %s as an API document: %s', (url, expected) => {
    expect(isApiDocument({ url: new URL(url) })).toBe(expected);
  });

  it('names each deployment, or uses the pinned VITE_BUILD_ID', () => {
    expect(resolveBuildId({}, new Date('2025-07-01T08:30:15Z'))).toBe('20250701083015');
    expect(resolveBuildId({ VITE_BUILD_ID: 'v1.2.0' })).toBe('v1.2.0');
    expect(() => resolveBuildId({ VITE_BUILD_ID: 'a b/c' })).toThrow(/VITE_BUILD_ID/);
  });
});
