/** All number and date formatting goes through here (vi-VN first: "313.905", "52,58%", "30/06/2025"). */
import type { Cell } from '@/domain/aggregate';
import { addedMonths, quarterOfMonth, type PeriodSelection } from '@/domain/periods';
import type { Language } from '@/domain/view-state';
import { NUMBER_SYMBOLS, writeNumber } from './number-format';

/** 313905 → "313.905"; 52.58 with 2 decimals → "52,58" (the same text as `Intl.NumberFormat`, without its locale data). */
export function formatNumber(value: number, lang: Language, decimals = 0): string {
  return writeNumber(value, NUMBER_SYMBOLS[lang], decimals);
}

/** A ratio (1.155 = 115.5 %) as "115,5%"; never capped. */
export function formatPercent(ratio: number, lang: Language, decimals = 1): string {
  return writeNumber(ratio, NUMBER_SYMBOLS[lang], decimals, true);
}

/** Official style for small counts in documents: 1 → "01", 12 → "12". */
export function formatCountPadded(value: number, lang: Language): string {
  return value >= 0 && value < 10 && Number.isInteger(value) ? `0${value}` : formatNumber(value, lang);
}

/**
 * The one mark of a hidden cell, in every view and export. It claims nothing about the value: a
 * cell may be hidden because it is a small count or only to protect another (docs/suppression.md).
 */
export const SUPPRESSED_MARK = 'x';

/** A cell for display: number, the hidden-cell mark, or the not-reported text. */
export function formatCell(cell: Cell, lang: Language, decimals = 0, notReported = lang === 'vi' ? 'chưa báo cáo' : 'not reported'): string {
  if (cell === null) return notReported;
  if (cell === 'suppressed') return SUPPRESSED_MARK;
  return formatNumber(cell, lang, decimals);
}

/** Byte sizes as "48,2 KB". */
export function formatBytes(bytes: number, lang: Language): string {
  if (bytes < 1024) return `${formatNumber(bytes, lang)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, lang, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, lang, 1)} MB`;
}

function parseIso(iso: string): { y: number; m: number; d: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y ?? 0, m: m ?? 1, d: d ?? 1 };
}

/** "2025-06-30" → "30/06/2025" (vi) or "30 Jun 2025" (en). Pure calendar formatting, no time zone shifts. */
export function formatDate(iso: string, lang: Language): string {
  const { y, m, d } = parseIso(iso);
  if (lang === 'vi') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** "2023-05-15" → "ngày 15 tháng 5 năm 2023" (the form used in official documents). */
export function formatDateLong(iso: string, lang: Language): string {
  const { y, m, d } = parseIso(iso);
  if (lang === 'vi') return `ngày ${String(d).padStart(2, '0')} tháng ${m} năm ${y}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** A moment in the device's time zone: "14:05 ngày 12/03/2025" (vi) or "12 Mar 2025, 14:05" (en). */
export function formatDateTime(date: Date, lang: Language): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (lang === 'vi') return `${pad(date.getHours())}:${pad(date.getMinutes())} ngày ${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()}`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false }).format(date);
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * A period in words: "Quý II/2023", "6 tháng đầu năm 2023", a phase by its declared name
 * ("Giai đoạn 2021 - 2025"); a month range
 * says the quarters it covers and the months that adds: "Quý I/2022 – Quý II/2023, gồm cả tháng
 * 6/2023, vì đơn vị báo cáo theo quý".
 */
export function formatPeriod(sel: PeriodSelection, lang: Language): string {
  const vi = lang === 'vi';
  switch (sel.kind) {
    case 'quarter':
      return vi ? `Quý ${ROMAN[sel.quarter - 1]}/${sel.year}` : `Q${sel.quarter} ${sel.year}`;
    case 'half':
      if (vi) return sel.half === 1 ? `6 tháng đầu năm ${sel.year}` : `6 tháng cuối năm ${sel.year}`;
      return `${sel.half === 1 ? 'First' : 'Second'} half of ${sel.year}`;
    case 'year':
      return vi ? `Năm ${sel.year}` : `Year ${sel.year}`;
    case 'phase': {
      // The declared name; before the phase is resolved against the dataset, its code (or just "phase").
      if (sel.phase) return sel.phase.name[lang];
      const word = vi ? 'Giai đoạn' : 'Phase';
      return sel.code === undefined ? word : `${word} ${sel.code}`;
    }
    case 'range': {
      const quarter = (ym: { year: number; month: number }) => formatPeriod({ kind: 'quarter', year: ym.year, quarter: quarterOfMonth(ym.month) }, lang);
      const span = `${quarter(sel.from)} – ${quarter(sel.to)}`;
      const added = addedMonths(sel).map((m) => (m.from === m.to ? `${m.from}/${m.year}` : `${m.from}–${m.to}/${m.year}`));
      if (added.length === 0) return span;
      return vi
        ? `${span}, gồm cả tháng ${added.join(' và tháng ')}, vì đơn vị báo cáo theo quý`
        : `${span}, including ${added.join(' and ')}, as units report by quarter`;
    }
  }
}

/** "2023Q2" → "Quý II/2023" / "Q2 2023". */
export function formatQuarterKey(key: string, lang: Language): string {
  const m = /^(\d{4})Q([1-4])$/.exec(key);
  if (!m) return key;
  return formatPeriod({ kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 }, lang);
}

/**
 * Vietnamese alphabetical order, the app's one comparison of names: "Đ" after "D", "ư" after "u",
 * letters first and tones (a à ả ã á ạ) only to break ties, numbers by value ("Tổ 9" before
 * "Tổ 10"); the order of `Intl.Collator('vi', { numeric: true })`, without its data at the start.
 */
export { compareVietnamese } from './vietnamese-order';

/** A time of day for a clock on screen: "14:05" (the same in both languages, 24-hour). */
export function formatClock(date: Date, _lang: Language): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** A duration as a stopwatch shows it: "12:34", "1:02:03". */
export function formatElapsed(ms: number, _lang: Language): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const mm = String(m).padStart(h > 0 ? 2 : 1, '0');
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}
