import { describe, expect, it } from 'vitest';
import { firstScreenFiles, type Manifest } from './bundle-manifest';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_shared.js'],
    dynamicImports: ['src/app/start-app.tsx', 'node_modules/react-dom/client.js'],
    css: ['assets/index.css'],
  },
  _shared: { file: 'assets/never-listed.js' },
  '_shared.js': { file: 'assets/shared.js' },
  'node_modules/react-dom/client.js': { file: 'assets/client.js', isDynamicEntry: true, imports: ['_react.js'] },
  '_react.js': { file: 'assets/react.js' },
  'src/app/start-app.tsx': {
    file: 'assets/start-app.js',
    isDynamicEntry: true,
    imports: ['_react.js', '_shared.js'],
    dynamicImports: ['src/features/map/map-view.tsx'],
    css: ['assets/start-app.css'],
  },
  'src/features/map/map-view.tsx': { file: 'assets/map-view.js', isDynamicEntry: true, css: ['assets/map-view.css'] },
};

describe('firstScreenFiles', () => {
  it('holds the entry, its static imports and the stages it imports, each once, and no view loaded later', () => {
    expect(firstScreenFiles(manifest).sort()).toEqual(
      ['assets/client.js', 'assets/index.css', 'assets/index.js', 'assets/react.js', 'assets/shared.js', 'assets/start-app.css', 'assets/start-app.js'].sort(),
    );
  });

  it('refuses a manifest without an entry', () => {
    expect(() => firstScreenFiles({ 'a.js': { file: 'assets/a.js' } })).toThrow('no entry');
  });
});
