/**
 * The installable, offline-capable build (vite-plugin-pwa, generateSW). The app shell is precached.
 * API documents go to the network first (so a fix on the server reaches every client at once) and
 * come from the device's saved copy when the network fails or is slower than API_NETWORK_TIMEOUT_S.
 * The service worker never writes that copy: the page does, only for documents that passed the
 * contract (src/api/document-cache.ts, src/features/offline/offline-cache.ts), in a cache named
 * after the deployment. A new deployment waits for the user ("Có phiên bản mới"), never takes over by itself.
 */
import type { VitePWAOptions } from 'vite-plugin-pwa';

export const APP_NAME = 'Dự án 8 – Theo dõi, giám sát';

/** Changes with every build unless VITE_BUILD_ID pins it (e.g. to the release tag or commit). */
export function resolveBuildId(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const pinned = env.VITE_BUILD_ID?.trim();
  if (pinned) {
    if (!/^[\w.-]{1,64}$/.test(pinned)) throw new Error(`VITE_BUILD_ID "${pinned}" may only contain letters, digits, ".", "_" and "-"`);
    return pinned;
  }
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}

/**
 * Which requests are API documents: /v1/meta.json, /v1/catalogue.json, /v1/{units,boundaries,notes}/<code>.json
 * under any base, same origin or VITE_API_BASE_URL. Serialised into the service worker, so self-contained.
 * "Tải về" marks its requests with ?offline-download and stores them itself, so each document is written once.
 */
export const isApiDocument = ({ url }: { url: URL }): boolean =>
  /\/v1\/(?:meta(?:~[0-9A-Za-z-]+)?|catalogue|structure-[0-9A-Za-z-]+|(?:units|boundaries|notes)\/[^/]+)\.json$/.test(url.pathname) &&
  !url.searchParams.has('offline-download');

/** How long the network has to answer an API request before the saved copy is used (seconds). */
export const API_NETWORK_TIMEOUT_S = 4;

export function pwaOptions(buildId: string): Partial<VitePWAOptions> {
  return {
    strategies: 'generateSW',
    registerType: 'prompt',
    // Registered by src/features/offline/service-worker.ts (workbox-window): no inline script, so the CSP stays strict.
    injectRegister: false,
    devOptions: { enabled: false },
    manifest: {
      name: APP_NAME,
      short_name: 'Dự án 8',
      description: 'Theo dõi, giám sát thực hiện Dự án 8 – Bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em',
      lang: 'vi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#9d174d',
      background_color: '#f6f7f9',
      icons: [
        { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'pwa-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      cacheId: 'da8',
      globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,webmanifest}'],
      // The API is cached per deployment at run time (thousands of files); never precached. The
      // units' first-screen pages are for the first visit: once installed, the shell answers every URL.
      globIgnores: ['api/**', 'u/**', 'home.html'],
      maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: false,
      runtimeCaching: [
        {
          urlPattern: isApiDocument,
          handler: 'NetworkFirst',
          options: {
            cacheName: `da8-api-${buildId}`,
            networkTimeoutSeconds: API_NETWORK_TIMEOUT_S,
            // No ignoreSearch/ignoreVary: they make every lookup scan the whole cache (thousands of entries).
            // Nothing is written here: any 200 could be a truncated body or a captive portal's page.
            plugins: [{ cacheWillUpdate: async () => null }],
          },
        },
      ],
    },
  };
}
