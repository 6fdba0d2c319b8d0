import { describe, expect, it } from 'vitest';
import { unitPageFile } from './spa-fallback-plugin';

const built = new Set(['/u/06/index.html', '/u/01846.14/index.html', '/home.html']);
const hasFile = (path: string) => built.has(path);

describe('which file answers a URL', () => {
  it.each([
    ['/u/06', '/u/06/index.html'],
    ['/u/06/', '/u/06/index.html'],
    ['/u/06#main', '/u/06/index.html'],
    ['/u/06?v=table&lang=en', '/u/06/index.html'],
    ['/u/06?lang=en', '/u/06/index.html'],
    ['/u/058', '/index.html'],
    ['/u/058?v=map', '/index.html'],
    ['/u/01846.14', '/u/01846.14/index.html'],
    ['/u/01846.14?v=report', '/u/01846.14/index.html'],
    ['/u/', '/index.html'],
    ['/u/../index.html', '/index.html'],
    ['/u/.hidden', '/index.html'],
    ['/api/v1/meta.json', null],
    ['/assets/index-A1.js', null],
    ['/', '/home.html'],
    ['/?lang=en', '/home.html'],
    ['/index.html', null],
  ])('%s → %s', (url, file) => {
    expect(unitPageFile(url, hasFile)).toBe(file);
  });

  it('answers with the shell when the build has no page of its own for the unit or the root', () => {
    expect(unitPageFile('/u/06', () => false)).toBe('/index.html');
    expect(unitPageFile('/', () => false)).toBe('/index.html');
  });
});
