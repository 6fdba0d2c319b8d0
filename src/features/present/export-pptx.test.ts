import JSZip from 'jszip';
import Pptx from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { fitPicture, writePptx, type PptxInfo, type PptxSlide } from './export-pptx';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const footer: PptxSlide['footer'] = ['Phường Huyền Tụng · Giai đoạn 2021 - 2025', 'Số liệu đến ngày 30/06/2025'];

const SLIDES: PptxSlide[] = [
  {
    title: 'Phường Huyền Tụng',
    notes: '',
    footer,
    cover: {
      program: 'Dự án 8',
      kicker: 'Báo cáo kết quả thực hiện',
      unit: 'Phường Huyền Tụng',
      period: 'Giai đoạn 2021 - 2025',
      dataDate: 'Số liệu đến ngày 30/06/2025',
      body: 'Ban Dân vận Tỉnh ủy Bắc Kạn',
    },
    body: null,
    image: null,
  },
  {
    title: 'Kết quả thực hiện so với chỉ tiêu (1/3)',
    notes: 'Nhấn mạnh các chỉ tiêu đã đạt.',
    footer,
    cover: null,
    body: {
      kind: 'table',
      header: ['Nội dung', 'Kết quả'],
      numeric: [false, true],
      rows: [
        ['Số vụ bạo lực gia đình', 'x'],
        ['Tổ truyền thông', '12 tổ'],
      ],
    },
    image: null,
  },
  {
    title: 'Tổ truyền thông: kết quả theo đơn vị trực thuộc',
    notes: '',
    footer,
    cover: null,
    body: {
      kind: 'bars',
      decimals: 0,
      categories: ['Tổ 2', 'Tổ 8 (chưa báo cáo)', '<img src=x onerror=alert(1)> Tổ 9'],
      series: [
        { name: 'Kết quả', values: [1, null, 2], colour: '#0072B2' },
        { name: 'Chỉ tiêu', values: [1, 1, null], colour: '#1B1F24' },
      ],
    },
    image: null,
  },
  {
    title: 'Diễn biến theo năm',
    notes: '',
    footer,
    cover: null,
    body: {
      kind: 'line',
      decimals: 0,
      categories: ['2022', '2023', '2024', '2025*'],
      series: [{ name: 'Kết quả', values: [0, 5, 13, 12], colour: '#0072B2' }],
    },
    image: null,
  },
  { title: 'Bản đồ: Tổ truyền thông', notes: '', footer, cover: null, body: { kind: 'image', note: 'Ranh giới minh họa.' }, image: PNG },
  {
    title: 'Khó khăn, vướng mắc',
    notes: '',
    footer,
    cover: null,
    body: { kind: 'text', items: [{ heading: 'Kinh phí hạn chế', meta: 'Thành phố Bắc Kạn, ngày 05/05/2023', text: 'Thứ nhất, …' }] },
    image: null,
  },
  { title: 'Đơn vị chậm tiến độ', notes: '', footer, cover: null, body: { kind: 'message', text: 'Chưa có đơn vị nào đủ số liệu.' }, image: null },
];

const info = (author: string, lang = 'vi-VN'): PptxInfo => ({
  title: 'Dự án 8 – Phường Huyền Tụng',
  subject: 'Kết quả thực hiện Dự án 8: Phường Huyền Tụng, Giai đoạn 2021 - 2025',
  author,
  lang,
  continued: (title, page, pages) => `${title} (tiếp, ${page}/${pages})`,
});

async function unzip(slides: PptxSlide[], author = 'Ban Dân vận Tỉnh ủy Bắc Kạn', lang = 'vi-VN') {
  const bytes = await writePptx(Pptx, slides, info(author, lang));
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.keys(zip.files);
  const text = (name: string) => zip.file(name)!.async('string');
  return { files, text };
}

describe('the deck as a PowerPoint file', () => {
  it('has one 16:9 slide per deck slide, titles and notes as editable Arial text, native charts, a table and the map picture', async () => {
    const { files, text } = await unzip(SLIDES);
    expect(files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(SLIDES.length);
    expect(await text('ppt/presentation.xml')).toContain('<p:sldSz cx="12192000" cy="6858000"/>');
    for (const [i, slide] of SLIDES.entries()) {
      const xml = await text(`ppt/slides/slide${i + 1}.xml`);
      expect(xml).toContain(`>${slide.title}<`);
      expect(xml).toContain('typeface="Arial"');
      expect(xml).toContain('lang="vi-VN"');
    }
    expect(await text('ppt/slides/slide1.xml')).toContain('>Ban Dân vận Tỉnh ủy Bắc Kạn<');
    // Key figures: a table with "x" as published.
    const table = await text('ppt/slides/slide2.xml');
    expect(table).toContain('<a:tbl>');
    expect(table).toContain('>x<');
    // Native bar and line charts, data from the series: no bar for a missing value, names escaped.
    const charts = files.filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort();
    expect(charts).toHaveLength(2);
    const bars = await text(charts[0]!);
    expect(bars).toContain('<c:barDir val="bar"/>');
    expect(bars).toContain('&lt;img src=x onerror=alert(1)&gt; Tổ 9');
    expect(bars).not.toContain('<img');
    expect(bars).toMatch(/<c:pt idx="1"><c:v><\/c:v><\/c:pt>/);
    expect(await text(charts[1]!)).toContain('<c:lineChart>');
    expect(files.some((f) => /^ppt\/media\/.+\.png$/.test(f))).toBe(true);
    // Speaker notes of slide 2 only.
    const notes = await Promise.all(files.filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f)).map(text));
    expect(notes.filter((n) => n.includes('Nhấn mạnh các chỉ tiêu đã đạt.'))).toHaveLength(1);
  });

  it('keeps markup in any text of the data, metadata included, as text', async () => {
    const hostile = '<img src=x onerror=alert(1)> Ban "Dân vận" & Co';
    const { files, text } = await unzip([{ ...SLIDES[1]!, title: hostile, notes: hostile }], hostile);
    for (const name of files.filter((f) => f.endsWith('.xml'))) expect(await text(name), name).not.toContain('<img');
    expect(await text('docProps/app.xml')).toContain('&#60;img src=x onerror=alert(1)&#62; Ban &#34;Dân vận&#34; &#38; Co');
  });

  it('tags every text run with the deck language, English included, and sets the document properties', async () => {
    for (const lang of ['vi-VN', 'en-US']) {
      const { files, text } = await unzip(SLIDES, 'Ban Dân vận Tỉnh ủy Bắc Kạn', lang);
      for (const name of files.filter((f) => /^ppt\/(slides|notesSlides|charts)\/[^/]+\.xml$/.test(f))) {
        const langs = new Set([...(await text(name)).matchAll(/\slang="([^"]+)"/g)].map((m) => m[1]));
        expect([...langs], name).toEqual([lang]);
      }
    }
    const core = await (await unzip(SLIDES)).text('docProps/core.xml');
    expect(core).toContain('<dc:title>Dự án 8 – Phường Huyền Tụng</dc:title>');
    expect(core).toContain('<dc:subject>Kết quả thực hiện Dự án 8: Phường Huyền Tụng, Giai đoạn 2021 - 2025</dc:subject>');
    expect(core).toContain('<dc:creator>Ban Dân vận Tỉnh ủy Bắc Kạn</dc:creator>');
  });

  it('names the theme fonts for every script and the notes font, so no office suite falls back to another font', async () => {
    const { text } = await unzip(SLIDES);
    const theme = await text('ppt/theme/theme1.xml');
    expect(theme).not.toMatch(/<a:(latin|ea|cs) typeface=""/);
    expect(theme.match(/<a:(?:ea|cs) typeface="([^"]*)"\/>/g)).toEqual([
      '<a:ea typeface="Arial"/>',
      '<a:cs typeface="Arial"/>',
      '<a:ea typeface="Arial"/>',
      '<a:cs typeface="Arial"/>',
    ]);
    const notes = await text('ppt/notesSlides/notesSlide2.xml');
    expect(notes).toContain('>Nhấn mạnh các chỉ tiêu đã đạt.<');
    expect(notes).not.toMatch(/<a:rPr [^>]*\/>/);
    expect(notes).toContain('<a:latin typeface="Arial"/><a:ea typeface="Arial"/><a:cs typeface="Arial"/></a:rPr>');
  });

  it('writes each line of the speaker notes as a paragraph', async () => {
    const { files, text } = await unzip([{ ...SLIDES[1]!, notes: 'Tóm tắt.\n\n• Tổ 2: 5\n• Tổ 3: 1' }]);
    const xml = await text(files.find((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))!);
    expect([...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1])).toEqual(expect.arrayContaining(['Tóm tắt.', '• Tổ 2: 5', '• Tổ 3: 1']));
    expect(xml).not.toContain('\n• Tổ');
  });

  it('continues a long table on more slides, numbered, with the header on each', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`Tổ ${i + 1}`, `${i} tổ`]);
    const { files, text } = await unzip([
      { ...SLIDES[1]!, title: 'Kết quả', body: { kind: 'table', header: ['Nội dung', 'Kết quả'], numeric: [false, true], rows } },
    ]);
    const slides = files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
    expect(slides.length).toBeGreaterThan(1);
    let shown = 0;
    for (const [i, name] of slides.entries()) {
      const xml = await text(name);
      expect(xml).toContain('>Nội dung<');
      expect(xml).toContain(`>${i + 1}/${slides.length}<`);
      if (i > 0) expect(xml).toContain(`>Kết quả (tiếp, ${i + 1}/${slides.length})<`);
      shown += [...xml.matchAll(/>Tổ \d+</g)].length;
    }
    expect(shown).toBe(40);
  });

  it('fits a picture inside its box without stretching it', () => {
    // 2:1 picture in a 10 × 4 box: 8 × 4, centred (1 in either side).
    expect(fitPicture({ x: 0, y: 0, w: 10, h: 4 }, 2)).toEqual({ x: 1, y: 0, w: 8, h: 4 });
    // 4:1 picture in the same box: 10 × 2.5, centred vertically.
    expect(fitPicture({ x: 0, y: 1, w: 10, h: 4 }, 4)).toEqual({ x: 0, y: 1.75, w: 10, h: 2.5 });
  });
});
