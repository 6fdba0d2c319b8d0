import { describe, expect, it } from 'vitest';
import { followsInApp, type LinkClick } from './link-click';

const plain: LinkClick = { button: 0, metaKey: false, altKey: false, ctrlKey: false, shiftKey: false, defaultPrevented: false };

describe('a click on a link the app follows itself', () => {
  it.each<[string, Partial<LinkClick>, string | null, boolean]>([
    ['a plain click', {}, null, true],
    ['a plain click on a link to the same tab', {}, '_self', true],
    ['with Ctrl (new tab)', { ctrlKey: true }, null, false],
    ['with ⌘ (new tab)', { metaKey: true }, null, false],
    ['with Shift (new window)', { shiftKey: true }, null, false],
    ['with Alt (download)', { altKey: true }, null, false],
    ['with the middle button', { button: 1 }, null, false],
    ['already handled', { defaultPrevented: true }, null, false],
    ['on a link to another tab', {}, '_blank', false],
  ])('%s', (_name, change, target, follows) => {
    expect(followsInApp({ ...plain, ...change }, target)).toBe(follows);
  });
});
