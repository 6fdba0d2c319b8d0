import { describe, expect, it } from 'vitest';
import { ExportRegistry } from './slide-export';

describe('collecting what each slide exports', () => {
  it('waits until every slide has reported, and no longer than the limit', async () => {
    const registry = new ExportRegistry('deck');
    setTimeout(() => registry.set('a', { kind: 'image' }), 20);
    setTimeout(() => registry.set('b', { kind: 'message', text: 'Chưa có số liệu' }), 40);
    const started = Date.now();
    await registry.whenReady(['a', 'b'], 2000, 5);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(registry.get('b')).toEqual({ kind: 'message', text: 'Chưa có số liệu' });

    const slow = Date.now();
    await registry.whenReady(['a', 'never'], 60, 5);
    expect(Date.now() - slow).toBeGreaterThanOrEqual(55);
    expect(registry.get('never')).toBeUndefined();
  });
});
