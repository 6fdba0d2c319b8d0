/**
 * The speaker notes of an exported slide: what the presenter typed, then what the presenter says
 * about the slide (its summary sentence and key figures, read from what the slide exports) and
 * where the figures come from. Words come in already translated; this module only picks and orders.
 */

export interface NotesSeries {
  name: string;
  values: readonly (number | null)[];
}

/** The parts of a slide's export the notes read (a structural subset of what slides export). */
export type NotesBody =
  | { kind: 'bars' | 'line'; categories: readonly string[]; series: readonly NotesSeries[]; decimals: number }
  | { kind: 'table'; header: readonly string[]; rows: readonly (readonly string[])[] }
  | { kind: 'text'; items: readonly { heading: string }[] }
  | { kind: 'image'; legend?: readonly string[] | undefined }
  | { kind: 'message'; text: string };

export interface KeyFigures {
  lines: string[];
  /** Lines left out beyond `max`. */
  more: number;
}

/**
 * One line per category or row: "Xã Bằng Thành: Kết quả 12; Chỉ tiêu 10". A point without a value
 * (not reported, "x") is named by the category's own text, never written as 0.
 */
export function keyFigures(body: NotesBody, formatNumber: (value: number, decimals: number) => string, max = 12): KeyFigures {
  let lines: string[];
  switch (body.kind) {
    case 'bars':
    case 'line':
      lines = body.categories.map((category, i) => {
        const values = body.series.flatMap((s) => {
          const v = s.values[i];
          return v === null || v === undefined ? [] : [`${s.name} ${formatNumber(v, body.decimals)}`];
        });
        return values.length ? `${category}: ${values.join('; ')}` : category;
      });
      break;
    case 'table':
      lines = body.rows.map((row) => {
        const rest = row.slice(1).flatMap((cell, i) => (cell ? [`${body.header[i + 1] ?? ''} ${cell}`.trim()] : []));
        return rest.length ? `${row[0] ?? ''}: ${rest.join('; ')}` : (row[0] ?? '');
      });
      break;
    case 'text':
      lines = body.items.map((item) => item.heading);
      break;
    case 'image':
      lines = [...(body.legend ?? [])];
      break;
    case 'message':
      lines = [body.text];
  }
  return { lines: lines.slice(0, max), more: Math.max(0, lines.length - max) };
}

export interface Extremes {
  high: { label: string; value: number };
  low: { label: string; value: number };
}

/** The highest and lowest drawn value of the first series (ties: the first listed), or null with fewer than two values. */
export function extremes(body: NotesBody): Extremes | null {
  if (body.kind !== 'bars' && body.kind !== 'line') return null;
  const first = body.series[0];
  if (!first) return null;
  const points = body.categories.flatMap((label, i) => {
    const v = first.values[i];
    return v === null || v === undefined ? [] : [{ label, value: v }];
  });
  if (points.length < 2) return null;
  const high = points.reduce((a, b) => (b.value > a.value ? b : a));
  const low = points.reduce((a, b) => (b.value < a.value ? b : a));
  return { high, low };
}

export interface NotesParts {
  presenter: string;
  summary: string | null;
  figures: readonly string[];
  source: string;
}

/** Presenter's words first, then the summary, the figures as a list, the source last; blank lines between. */
export function composeNotes({ presenter, summary, figures, source }: NotesParts): string {
  return [presenter.trim(), summary?.trim() ?? '', figures.map((f) => `• ${f}`).join('\n'), source.trim()].filter(Boolean).join('\n\n');
}
