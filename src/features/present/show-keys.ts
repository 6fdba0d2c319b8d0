/**
 * Keys while presenting, as a pure function of the key and the current state: → / Space /
 * PageDown / ↓ / Enter next, ← / PageUp / ↑ / Backspace previous (a clicker sends PageUp and
 * PageDown), Home / End, digits then Enter to jump, F full screen, B or . to blank (any key
 * brings the screen back), Esc to leave (or to drop typed digits first).
 */
import { clampSlide } from '@/domain/deck';

export type ShowAction = { type: 'go'; slide: number } | { type: 'blank'; on: boolean } | { type: 'fullscreen' } | { type: 'leave' };

export interface KeyState {
  current: number;
  count: number;
  blank: boolean;
  /** Digits typed so far for a jump. */
  buffer: string;
}

export interface KeyResult {
  action: ShowAction | null;
  buffer: string;
  /** The key was ours: the browser's default (scrolling, clicking) is prevented. */
  handled: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Tab']);

export function keyCommand(key: string, s: KeyState): KeyResult {
  const go = (slide: number): KeyResult => ({ action: { type: 'go', slide: clampSlide(slide, s.count) }, buffer: '', handled: true });
  if (MODIFIERS.has(key)) return { action: null, buffer: s.buffer, handled: false };
  if (s.blank) return { action: { type: 'blank', on: false }, buffer: '', handled: true };
  if (/^[0-9]$/.test(key)) return { action: null, buffer: (s.buffer + key).slice(-3), handled: true };
  if (key === 'Enter') return s.buffer ? go(Number(s.buffer)) : go(s.current + 1);
  if (key === 'Backspace') return s.buffer ? { action: null, buffer: s.buffer.slice(0, -1), handled: true } : go(s.current - 1);
  if (key === 'Escape') return s.buffer ? { action: null, buffer: '', handled: true } : { action: { type: 'leave' }, buffer: '', handled: true };
  if (NEXT.has(key)) return go(s.current + 1);
  if (PREVIOUS.has(key)) return go(s.current - 1);
  if (key === 'Home') return go(1);
  if (key === 'End') return go(s.count);
  if (key === 'f' || key === 'F') return { action: { type: 'fullscreen' }, buffer: '', handled: true };
  if (key === 'b' || key === 'B' || key === '.') return { action: { type: 'blank', on: true }, buffer: '', handled: true };
  return { action: null, buffer: '', handled: false };
}
