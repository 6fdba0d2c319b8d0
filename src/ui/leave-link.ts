/**
 * For links to another unit, which the page they lead to no longer draws (a child, an ancestor in
 * the breadcrumb, a lagging unit in the headline): a click the app follows itself takes the focus
 * off the link first. The focus would end on the page's body either way, when the link is removed;
 * but Chromium, removing the focused element while the new page is committed, restyles and lays
 * out the page there and then, which made the removal of one list item the largest part of a drill.
 * Taken at the click, before anything has changed, the blur costs next to nothing.
 */
import type { MouseEvent } from 'react';
import { followsInApp } from './link-click';

export function leaveLink(event: MouseEvent<HTMLAnchorElement>): void {
  const link = event.currentTarget;
  if (followsInApp(event, link.getAttribute('target'))) link.blur();
}
