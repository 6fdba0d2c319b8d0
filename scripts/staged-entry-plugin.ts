/**
 * The entry (src/app/main.tsx) evaluates the app in stages, each a dynamic import. What the stages
 * load is still what the first screen needs, so the built index.html links it as if the entry
 * imported it statically: the stylesheets (render-blocking, as before) and a modulepreload for every
 * script, so that no stage waits for a round trip. Vite's preload helper finds these links in the
 * page and does not add them again.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The part of a Rollup/Rolldown output chunk this plugin reads. */
export interface ChunkLinks {
  fileName: string;
  imports: readonly string[];
  dynamicImports: readonly string[];
  css: readonly string[];
}

/**
 * Scripts and stylesheets of the entry's own dynamic imports and everything they import statically,
 * in load order (depth first, a chunk's imports before the chunk), without the entry's static imports
 * (Vite links those already).
 */
export function stagedFiles(entry: ChunkLinks, chunkOf: (fileName: string) => ChunkLinks | undefined): { scripts: string[]; styles: string[] } {
  const seen = new Set<string>();
  const scripts: string[] = [];
  const styles: string[] = [];
  const visit = (chunk: ChunkLinks, link: boolean) => {
    if (seen.has(chunk.fileName)) return;
    seen.add(chunk.fileName);
    for (const file of chunk.imports) {
      const imported = chunkOf(file);
      if (imported) visit(imported, link);
    }
    if (!link) return;
    scripts.push(chunk.fileName);
    for (const css of chunk.css) if (!styles.includes(css)) styles.push(css);
  };
  // What the entry loads statically is linked by Vite already.
  visit(entry, false);
  for (const file of entry.dynamicImports) {
    const staged = chunkOf(file);
    if (staged) visit(staged, true);
  }
  return { scripts, styles };
}

interface BundleChunk {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  viteMetadata?: { importedCss: Set<string> };
}

const linksOf = (chunk: BundleChunk): ChunkLinks => ({
  fileName: chunk.fileName,
  imports: chunk.imports ?? [],
  dynamicImports: chunk.dynamicImports ?? [],
  css: [...(chunk.viteMetadata?.importedCss ?? [])],
});

export function stagedEntryPlugin(): Plugin {
  let base = '/';
  return {
    name: 'du-an-8-staged-entry',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const entry = ctx.chunk as BundleChunk | undefined;
        const bundle = ctx.bundle as Record<string, BundleChunk> | undefined;
        if (!entry || !bundle) return [];
        const chunkOf = (fileName: string) => {
          const chunk = bundle[fileName];
          return chunk?.type === 'chunk' ? linksOf(chunk) : undefined;
        };
        const { scripts, styles } = stagedFiles(linksOf(entry), chunkOf);
        const tags: HtmlTagDescriptor[] = [
          ...styles.map((file) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: base + file }, injectTo: 'head' as const })),
          ...scripts.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: base + file }, injectTo: 'head' as const })),
        ];
        return tags;
      },
    },
  };
}
