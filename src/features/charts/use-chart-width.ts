import { useElementSize } from '@/ui/use-element-size';

/**
 * Width of the element the chart fills (pass the returned callback as its ref). Where nothing can
 * be measured (no layout, e.g. jsdom), `fallback` is used so the chart still renders at a sensible size.
 */
export function useChartWidth(fallback = 720): [(node: HTMLElement | null) => void, number] {
  const [ref, { width }] = useElementSize();
  const measured = Math.floor(width);
  return [ref, measured > 0 ? measured : fallback];
}
