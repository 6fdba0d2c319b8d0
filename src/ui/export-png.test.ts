import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportPng, fileNamePart, NO_EXPORT_CLASS, pngFileName } from './export-png';

const toBlob = vi.fn();
vi.mock('html-to-image', () => ({ toBlob: (...args: unknown[]) => toBlob(...args) }));

describe('PNG file names', () => {
  it.each([
    ['Thành phố Bắc Kạn', 'thanh-pho-bac-kan'],
    ['Phường Đức Xuân', 'phuong-duc-xuan'],
    ['Tổ Khuổi Pái', 'to-khuoi-pai'],
    ['P8.1.5', 'p8.1.5'],
    ['2022-01_2023-05', '2022-01-2023-05'],
    ['  ../x  ', 'x'],
  ])('%s → %s', (text, part) => {
    expect(fileNamePart(text)).toBe(part);
  });

  it('joins program, unit, indicator, period and chart', () => {
    expect(pngFileName(['Thành phố Bắc Kạn', 'P8.1.5', '2023', 'theo-don-vi'])).toBe('du-an-8_thanh-pho-bac-kan_p8.1.5_2023_theo-don-vi.png');
    expect(pngFileName(['', 'Tỉnh Bắc Kạn'])).toBe('du-an-8_tinh-bac-kan.png');
  });
});

describe('exporting a node', () => {
  afterEach(() => {
    toBlob.mockReset();
  });

  it('draws a copy of the node without its controls, off the page, and downloads it under the name', async () => {
    toBlob.mockResolvedValue(new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }));
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const node = document.createElement('section');
    node.innerHTML = '<h2>Tiêu đề</h2><div class="no-export"><button>Tải ảnh PNG</button></div><figure>biểu đồ</figure>';
    document.body.append(node);
    await exportPng(node, 'du-an-8_x.png');
    expect(clicked).toEqual(['du-an-8_x.png']);
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
    await expect(exportPng(document.createElement('div'), 'x.png')).rejects.toThrow();
  });
});
