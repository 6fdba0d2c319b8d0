/**
 * Whether a click on a link is one the app follows itself, without loading the page: the main
 * button with no modifier key, not already handled, on a link that opens in the same tab. A click
 * with Ctrl, ⌘, Shift or Alt, or with another button, is left to the browser (new tab, new window,
 * download). The same rule as React Router's links.
 */
export interface LinkClick {
  button: number;
  metaKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  defaultPrevented: boolean;
}

export function followsInApp(click: LinkClick, target: string | null = null): boolean {
  if (click.defaultPrevented || click.button !== 0) return false;
  if (target !== null && target !== '' && target !== '_self') return false;
  return !(click.metaKey || click.altKey || click.ctrlKey || click.shiftKey);
}
