/**
 * One click handler for many plain links (`<a href>`), stable across renders: a plain click is
 * followed in the app, without loading the page (`followsInApp`); any other click is left to the
 * browser. For long lists of links drawn again often (the units table), where a router Link per
 * link costs a dozen hooks and effects on every render.
 */
import { useCallback, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import { followsInApp } from './link-click';

export function useFollowLink(): (event: MouseEvent<HTMLAnchorElement>) => void {
  const navigate = useNavigate();
  const latest = useRef(navigate);
  useLayoutEffect(() => {
    latest.current = navigate;
  });
  return useCallback((event: MouseEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    const href = link.getAttribute('href');
    if (href === null || !followsInApp(event, link.getAttribute('target'))) return;
    event.preventDefault();
    void latest.current(href);
  }, []);
}
