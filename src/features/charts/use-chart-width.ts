import { useLayoutEffect, useState } from 'react';

/**
 * Width of the element the chart fills (pass the returned callback as its ref), followed with
 * ResizeObserver where there is one. Where nothing can be measured (no layout, e.g. jsdom),
 * `fallback` is used so the chart still renders at a sensible size.
 */
export function useChartWidth(fallback = 720): [(node: HTMLElement | null) => void, number] {
  const [node, setNode] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!node) return;
    const measure = () => setWidth(Math.floor(node.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return [setNode, width > 0 ? width : fallback];
}
