import { describe, expect, it } from 'vitest';
import { keyCommand, type KeyState } from './show-keys';

const at = (current: number, extra: Partial<KeyState> = {}): KeyState => ({ current, count: 12, blank: false, buffer: '', ...extra });

describe('keys while presenting', () => {
  it.each([
    ['ArrowRight', 3, 4],
    [' ', 3, 4],
    ['PageDown', 3, 4],
    ['Enter', 3, 4],
    ['ArrowLeft', 3, 2],
    ['PageUp', 3, 2],
    ['Backspace', 3, 2],
    ['Home', 7, 1],
    ['End', 2, 12],
    ['PageDown', 12, 12],
    ['PageUp', 1, 1],
  ])('%j on slide %d goes to %d', (key, current, slide) => {
    expect(keyCommand(key, at(current))).toEqual({ action: { type: 'go', slide }, buffer: '', handled: true });
  });

  it('jumps to a typed number on Enter, within the deck', () => {
    const one = keyCommand('1', at(3));
    expect(one).toEqual({ action: null, buffer: '1', handled: true });
    const ten = keyCommand('0', at(3, { buffer: one.buffer }));
    expect(keyCommand('Enter', at(3, { buffer: ten.buffer })).action).toEqual({ type: 'go', slide: 10 });
    expect(keyCommand('Enter', at(3, { buffer: '99' })).action).toEqual({ type: 'go', slide: 12 });
    expect(keyCommand('Enter', at(3, { buffer: '0' })).action).toEqual({ type: 'go', slide: 1 });
    // Typing is corrected with Backspace and dropped with Escape, which then does not leave.
    expect(keyCommand('Backspace', at(3, { buffer: '12' }))).toMatchObject({ action: null, buffer: '1' });
    expect(keyCommand('Escape', at(3, { buffer: '12' }))).toEqual({ action: null, buffer: '', handled: true });
  });

  it('blanks with B and comes back with any key, which does nothing else', () => {
    expect(keyCommand('b', at(3)).action).toEqual({ type: 'blank', on: true });
    for (const key of ['b', 'ArrowRight', 'Escape', 'x']) expect(keyCommand(key, at(3, { blank: true })).action).toEqual({ type: 'blank', on: false });
    // A modifier alone is not a key press to react to.
    expect(keyCommand('Shift', at(3, { blank: true })).handled).toBe(false);
  });

  it('toggles full screen with F, leaves with Escape and lets other keys through', () => {
    expect(keyCommand('F', at(3)).action).toEqual({ type: 'fullscreen' });
    expect(keyCommand('Escape', at(3)).action).toEqual({ type: 'leave' });
    expect(keyCommand('x', at(3, { buffer: '4' }))).toEqual({ action: null, buffer: '', handled: false });
  });
});
