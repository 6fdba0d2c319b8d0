/**
 * Bench page: the Leaflet choropleth (src/features/map) with synthetic polygons
 * (?n=10000&renderer=canvas|svg), driven from measure-map.ts through window.__bench.
 */
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import type { UnitPaint } from '@/features/map/choropleth-layer';
import { LeafletMap } from '@/features/map/leaflet-map';
import { I18nProvider } from '@/i18n/i18n-context';
import { loadViewMessages } from '@/i18n/load-view-messages';
import { nextPaint, recordFrames, type FrameStats } from './frame-meter';
import { syntheticBoundaries } from './synthetic-boundaries';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 1300);
const renderer = params.get('renderer') === 'svg' ? 'svg' : 'canvas';
const boundaries = syntheticBoundaries(count);
const PALETTE = ['#f7fbff', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];
const paints = new Map<string, UnitPaint>(
  boundaries.features.map((f, i) => [
    f.properties.code,
    { fill: PALETTE[(i * 7) % PALETTE.length]!, lines: [f.properties.name, `${(i * 37) % 500} người`], dark: (i * 7) % PALETTE.length >= 3 },
  ]),
);

/** Drawn: every path in the SVG, or the canvas laid out; then the next paint. */
function drawn(): boolean {
  const pane = document.querySelector('.leaflet-overlay-pane');
  if (!pane) return false;
  if (renderer === 'svg') return pane.querySelectorAll('path').length >= count;
  const canvas = pane.querySelector('canvas');
  return canvas !== null && canvas.width > 0;
}

// The app registers a view's messages before its code loads; the page does the same, untimed.
await loadViewMessages();
const mountStart = performance.now();
// Marks for a trace of the first render (bench/lib/main-thread-cpu.ts).
console.timeStamp('first-render:start');
const ready = new Promise<number>((resolve) => {
  const check = () => {
    if (drawn())
      void nextPaint().then(() =>
        nextPaint().then((t) => {
          console.timeStamp('first-render:end');
          // Read by the bench from the console, so that no script of its own runs in the page while it renders.
          console.info(`first-render ${t - mountStart}`);
          resolve(t - mountStart);
        }),
      );
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
});

createRoot(document.getElementById('root')!).render(
  <MemoryRouter>
    <I18nProvider lang="vi">
      <LeafletMap
        boundaries={boundaries}
        paints={paints}
        renderer={renderer}
        paintKey="bench"
        highlighted={null}
        highlightFromFocus={false}
        onHover={() => {}}
        onDrill={() => {}}
        label="Bản đồ (dữ liệu tổng hợp)"
        zoomInTitle="Phóng to"
        zoomOutTitle="Thu nhỏ"
        tapHint="Chạm lần nữa để xem đơn vị này"
        tile={null}
        sizeKey="bench"
        height={640}
      />
    </I18nProvider>
  </MemoryRouter>,
);

let recorder: { stop: () => FrameStats } | null = null;
declare global {
  interface Window {
    __bench: Record<string, (...args: never[]) => Promise<unknown>>;
  }
}
window.__bench = {
  firstRender: () => ready,
  startFrames: async () => {
    recorder = recordFrames();
  },
  stopFrames: async () => recorder?.stop() ?? null,
  features: async () => boundaries.features.length,
};
