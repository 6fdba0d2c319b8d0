import { describe, expect, it } from 'vitest';
import { stagedFiles, type ChunkLinks } from './staged-entry-plugin';

const chunk = (fileName: string, imports: string[] = [], dynamicImports: string[] = [], css: string[] = []): ChunkLinks => ({
  fileName,
  imports,
  dynamicImports,
  css,
});

const chunks = new Map(
  [
    chunk('assets/index.js', ['assets/preload-helper.js'], ['assets/client.js', 'assets/contract.js', 'assets/start-app.js']),
    chunk('assets/preload-helper.js'),
    chunk('assets/client.js', ['assets/react.js']),
    chunk('assets/react.js'),
    chunk('assets/contract.js', ['assets/zod.js', 'assets/preload-helper.js']),
    chunk('assets/zod.js'),
    chunk('assets/start-app.js', ['assets/react.js', 'assets/zod.js', 'assets/router.js'], ['assets/map-view.js'], ['assets/start-app.css']),
    chunk('assets/router.js', [], [], ['assets/router.css']),
    chunk('assets/map-view.js', [], [], ['assets/map-view.css']),
  ].map((c) => [c.fileName, c]),
);

describe('stagedFiles', () => {
  it('lists every stage and what it imports, imports first, each once, without what the entry links already or views loaded later', () => {
    expect(stagedFiles(chunks.get('assets/index.js')!, (f) => chunks.get(f))).toEqual({
      scripts: ['assets/react.js', 'assets/client.js', 'assets/zod.js', 'assets/contract.js', 'assets/router.js', 'assets/start-app.js'],
      styles: ['assets/router.css', 'assets/start-app.css'],
    });
  });

  it('links nothing for an entry without stages', () => {
    expect(stagedFiles(chunk('assets/index.js', ['assets/react.js']), (f) => chunks.get(f))).toEqual({ scripts: [], styles: [] });
  });
});
