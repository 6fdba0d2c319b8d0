import { describe, expect, it, vi } from 'vitest';
import type { MouseEvent } from 'react';
import type { LinkClick } from './link-click';
import { leaveLink } from './leave-link';

const plain: LinkClick = { button: 0, metaKey: false, altKey: false, ctrlKey: false, shiftKey: false, defaultPrevented: false };

function click(change: Partial<LinkClick>, target: string | null) {
  const blur = vi.fn();
  const link = { blur, getAttribute: (name: string) => (name === 'target' ? target : null) };
  leaveLink({ ...plain, ...change, currentTarget: link } as unknown as MouseEvent<HTMLAnchorElement>);
  return blur;
}

describe('a link to another unit gives up the focus when the app follows it', () => {
  it.each<[string, Partial<LinkClick>, string | null, boolean]>([
    ['a plain click', {}, null, true],
    ['a plain click on a link to the same tab', {}, '_self', true],
    ['with Ctrl (new tab: the page stays)', { ctrlKey: true }, null, false],
    ['with the middle button', { button: 1 }, null, false],
    ['already handled', { defaultPrevented: true }, null, false],
    ['on a link to another tab', {}, '_blank', false],
  ])('%s', (_name, change, target, blurs) => {
    expect(click(change, target)).toHaveBeenCalledTimes(blurs ? 1 : 0);
  });
});
