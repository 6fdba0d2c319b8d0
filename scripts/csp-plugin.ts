/**
 * Injects a strict Content-Security-Policy <meta> into the built index.html (not in dev: the React
 * refresh preamble there is an inline script). Sources come from the build configuration: the tile
 * host for map images, the API origin when VITE_API_BASE_URL is absolute. frame-ancestors cannot be
 * delivered by <meta>; docs/security.md gives the header for the web server.
 */
import type { Plugin } from 'vite';

export interface CspSources {
  apiBaseUrl?: string | undefined;
  tileUrl?: string | undefined;
}

/** A CSP host source for a URL template: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" → "https://*.tile.openstreetmap.org". */
export function hostSource(template: string): string | null {
  const match = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  const labels = match[2]!.toLowerCase().split('.');
  const templated = labels.findIndex((label) => label.includes('{'));
  if (templated === -1) return /^[a-z0-9.:-]+$/.test(match[2]!.toLowerCase()) ? `${scheme}://${labels.join('.')}` : null;
  const rest = labels.slice(templated + 1);
  if (rest.length < 2 || rest.some((label) => !/^[a-z0-9-]+(?::\d+)?$/.test(label))) return null;
  return `${scheme}://*.${rest.join('.')}`;
}

export function buildCsp({ apiBaseUrl, tileUrl }: CspSources = {}): string {
  const api = apiBaseUrl && /^https?:\/\//i.test(apiBaseUrl) ? hostSource(apiBaseUrl) : null;
  const tiles = tileUrl ? hostSource(tileUrl) : null;
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:', 'blob:', ...(tiles ? [tiles] : [])],
    ['font-src', "'self'", 'data:'],
    // data: and blob: are local (exports read them back); no other origin but the API's.
    ['connect-src', "'self'", 'data:', 'blob:', ...(api ? [api] : [])],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

export function cspPlugin(): Plugin {
  let policy = buildCsp();
  return {
    name: 'du-an-8-csp',
    apply: 'build',
    configResolved(config) {
      policy = buildCsp({ apiBaseUrl: config.env.VITE_API_BASE_URL as string | undefined, tileUrl: config.env.VITE_TILE_URL as string | undefined });
    },
    transformIndexHtml: {
      order: 'post',
      // Right after <meta charset>, before any script, stylesheet or manifest link.
      handler: (html) => {
        const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}" />`;
        return /<meta charset[^>]*>/i.test(html) ? html.replace(/(<meta charset[^>]*>)/i, `$1\n    ${tag}`) : html.replace(/<head>/i, `<head>\n    ${tag}`);
      },
    },
  };
}
