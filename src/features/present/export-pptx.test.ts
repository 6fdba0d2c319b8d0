import JSZip from 'jszip';
import Pptx from 'pptxgenjs';
import { describe, expect, it } from 'vitest';
import { buildPresentation, type PptxSlide } from './export-pptx';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const footer: PptxSlide['footer'] = ['Phường Huyền Tụng · Giai đoạn 2021 - 2025', 'Số liệu đến ngày 30/06/2025', ''];

const SLIDES: PptxSlide[] = [
  {
    title: 'Phường Huyền Tụng',
    notes: '',
    footer,
    cover: { program: 'Dự án 8', kicker: 'Báo cáo kết quả thực hiện', unit: 'Phường Huyền Tụng', period: 'Giai đoạn 2021 - 2025', dataDate: 'Số liệu đến ngày 30/06/2025', body: 'Ban Dân vận Tỉnh ủy Bắc Kạn' },
    body: null,
    image: null,
  },
  {
    title: 'Kết quả thực hiện so với chỉ tiêu (1/3)',
    notes: 'Nhấn mạnh các chỉ tiêu đã đạt.',
    footer,
    cover: null,
    body: { kind: 'table', header: ['Nội dung', 'Kết quả'], numeric: [false, true], rows: [['Số vụ bạo lực gia đình', '<5'], ['Tổ truyền thông', '12 tổ']] },
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
  { title: 'Diễn biến theo năm', notes: '', footer, cover: null, body: { kind: 'line', decimals: 0, categories: ['2022', '2023', '2024', '2025*'], series: [{ name: 'Kết quả', values: [0, 5, 13, 12], colour: '#0072B2' }] }, image: null },
  { title: 'Bản đồ: Tổ truyền thông', notes: '', footer, cover: null, body: { kind: 'image', note: 'Ranh giới minh họa.' }, image: PNG },
  { title: 'Khó khăn, vướng mắc', notes: '', footer, cover: null, body: { kind: 'text', items: [{ heading: 'Kinh phí hạn chế', meta: 'Thành phố Bắc Kạn, ngày 05/05/2023', text: 'Thứ nhất, …' }] }, image: null },
  { title: 'Đơn vị chậm tiến độ', notes: '', footer, cover: null, body: { kind: 'message', text: 'Chưa có đơn vị nào đủ số liệu.' }, image: null },
];

async function unzip(slides: PptxSlide[], author = 'Ban Dân vận Tỉnh ủy Bắc Kạn') {
  const bytes = (await buildPresentation(Pptx, slides, { title: 'Dự án 8 – Phường Huyền Tụng', author, lang: 'vi-VN' }).write({ outputType: 'uint8array' })) as Uint8Array;
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
    // Key figures: a table with "<5" as published.
    const table = await text('ppt/slides/slide2.xml');
    expect(table).toContain('<a:tbl>');
    expect(table).toContain('>&lt;5<');
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
});
