/**
 * What a rendered PDF shows, read with poppler's tools: each page's size and the box of every word
 * on it (`pdftotext -bbox`), and the fonts the PDF uses (`pdffonts`).
 */
import { execFileSync } from 'node:child_process';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
  /** The page's words in reading order, joined by spaces. */
  text: string;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

export function pdfPages(pdf: string): Page[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => {
    const words = [...m[3]!.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: unescape(w[5]!),
    }));
    return { width: Number(m[1]), height: Number(m[2]), words, text: words.map((w) => w.text).join(' ') };
  });
}

/** Words that reach outside the page, by more than half a point. */
export const wordsOffPage = (page: Page): Word[] =>
  page.words.filter((w) => w.xMin < -0.5 || w.yMin < -0.5 || w.xMax > page.width + 0.5 || w.yMax > page.height + 0.5);

/** Pairs of words drawn over each other (their boxes share more than a third of the smaller one): text running into text. */
export function overlappingWords(page: Page): [Word, Word][] {
  const pairs: [Word, Word][] = [];
  const words = [...page.words].sort((a, b) => a.yMin - b.yMin);
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    for (let j = i + 1; j < words.length && words[j]!.yMin < a.yMax; j++) {
      const b = words[j]!;
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (w <= 0 || h <= 0) continue;
      const smaller = Math.min((a.xMax - a.xMin) * (a.yMax - a.yMin), (b.xMax - b.xMin) * (b.yMax - b.yMin));
      if (w * h > smaller / 3) pairs.push([a, b]);
    }
  }
  return pairs;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts of a PDF, without the subset prefix ("ABCDEF+LiberationSerif" → "LiberationSerif"). */
export function pdfFonts(pdf: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const [name = '', ...rest] = line.trim().split(/\s+/);
    // name type [encoding…] emb sub uni object ID: "emb" is the fifth field from the end.
    return { name: name.replace(/^[A-Z]{6}\+/, ''), type: rest[0] ?? '', embedded: rest.at(-5) === 'yes' };
  });
}
