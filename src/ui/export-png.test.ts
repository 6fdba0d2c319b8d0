import { afterEach, describe, expect, it, vi } from 'vitest';
import { NO_EXPORT_CLASS, renderPng } from './export-png';

const toBlob = vi.fn();
vi.mock('html-to-image', () => ({ toBlob: (...args: unknown[]) => toBlob(...args) }));

describe('exporting a node', () => {
  afterEach(() => {
    toBlob.mockReset();
  });

  it('draws a copy of the node without its controls, off the page', async () => {
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    toBlob.mockResolvedValue(png);
    const node = document.createElement('section');
    node.innerHTML = '<h2>Tiêu đề</h2><div class="no-export"><button>Tải ảnh PNG</button></div><figure>biểu đồ</figure>';
    document.body.append(node);
    expect(await renderPng(node)).toBe(png);
    const drawn = toBlob.mock.calls[0]![0] as HTMLElement;
    expect(drawn).not.toBe(node);
    expect(drawn.textContent).toBe('Tiêu đềbiểu đồ');
    expect(drawn.isConnected).toBe(false);
    expect(node.querySelector('button')).not.toBeNull();
    const button = document.createElement('button');
    button.className = NO_EXPORT_CLASS;
    const options = toBlob.mock.calls[0]![1] as { filter: (n: HTMLElement) => boolean; backgroundColor: string };
    expect(options.filter(button)).toBe(false);
    expect(options.filter(node)).toBe(true);
    expect(options.backgroundColor).toBe('#ffffff');
  });

  it('fails loudly when nothing could be drawn', async () => {
    toBlob.mockResolvedValue(null);
    await expect(renderPng(document.createElement('div'))).rejects.toThrow();
  });
});
