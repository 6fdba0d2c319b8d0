/** Renders bench results as Markdown: every figure beside its budget and reference, then the detail tables. */
import type { BenchResults, Figure, Section } from './results';

const STATUS: Record<Figure['status'], string> = { pass: '✅ within budget', fail: '❌ over budget', info: '—', 'not-measured': '⚠️ not measured' };
const SECTION_ORDER = ['bundle', 'load', 'drill', 'table', 'map', 'compile', 'compile-scale'];

const num = (v: number) => (Number.isInteger(v) ? v.toLocaleString('en') : v.toLocaleString('en', { maximumFractionDigits: 2 }));
const cell = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? num(v) : v.replace(/\|/g, '\\|').replace(/\n/g, ' '));

function figureRow(f: Figure): string {
  const value = f.value === null ? 'not measured' : `${num(f.value)}${f.unit ? ` ${f.unit}` : ''}`;
  const spread =
    f.spread && f.spread.runs > 1
      ? ` (min ${num(round(f.spread.min))}, max ${num(round(f.spread.max))}, n=${f.spread.runs})`
      : f.spread
        ? ` (n=${f.spread.runs})`
        : '';
  const budget = f.ratioBudget
    ? `ratio ${f.ratioBudget.op === '<=' ? '≤' : '≥'} ${f.ratioBudget.value}`
    : f.budget
      ? `${f.budget.op === '<=' ? '≤' : '≥'} ${num(f.budget.value)}${f.unit ? ` ${f.unit}` : ''}`
      : '';
  const ref = f.reference
    ? `${num(f.reference.value)} (${f.reference.label}); ratio ${Number.isFinite(f.reference.ratio) ? f.reference.ratio.toFixed(2) : '–'}`
    : '';
  return `| ${cell(f.label)} | ${value}${spread} | ${budget} | ${cell(ref)} | ${STATUS[f.status]}${f.note ? `: ${cell(f.note)}` : ''} |`;
}

/** One decimal from 10 up, two from 1, three below (CLS). */
const round = (v: number) => {
  const digits = Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3;
  return Math.round(v * 10 ** digits) / 10 ** digits;
};

function sectionMd(s: Section): string {
  const lines = [`## ${s.title}`, '', `Measured ${s.measuredAt} in ${Math.round(s.durationMs / 1000)} s.`, ''];
  lines.push('| Figure | Value (median) | Budget | Reference (same run) | Status |', '|---|---|---|---|---|', ...s.figures.map(figureRow), '');
  for (const t of s.tables ?? []) {
    lines.push(
      `**${t.title}**`,
      '',
      `| ${t.columns.join(' | ')} |`,
      `|${t.columns.map(() => '---').join('|')}|`,
      ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
      '',
    );
  }
  for (const n of s.notes ?? []) lines.push(`- ${n}`);
  return lines.join('\n');
}

function overLine(f: Figure): string {
  const value = f.value === null ? 'not measured' : `${num(f.value)} ${f.unit}`;
  const ratio =
    f.ratioBudget && f.reference
      ? `, ${f.reference.ratio.toFixed(2)} × ${f.reference.label} (budget ${f.ratioBudget.op === '<=' ? '≤' : '≥'} ${f.ratioBudget.value} ×)`
      : '';
  const budget = !f.ratioBudget && f.budget ? ` (budget ${f.budget.op === '<=' ? '≤' : '≥'} ${num(f.budget.value)} ${f.unit})` : '';
  return `- ${f.label}: ${value}${ratio}${budget}${f.note ? `; ${f.note}` : ''}`;
}

export function renderMarkdown(results: BenchResults): string {
  const sections = Object.values(results.sections).sort((a, b) => SECTION_ORDER.indexOf(a.id) - SECTION_ORDER.indexOf(b.id));
  const all = sections.flatMap((s) => s.figures);
  const count = (st: Figure['status']) => all.filter((f) => f.status === st).length;
  const over = all.filter((f) => f.status === 'fail');
  const missing = SECTION_ORDER.filter((id) => !results.sections[id]);
  return [
    '# Benchmark results',
    '',
    `Written ${results.generatedAt} by \`npm run bench\` (the 100 % country compile by \`npm run bench:scale\`). How to run and what each figure means: [bench/README.md](../README.md).`,
    '',
    `**${count('pass')} within budget, ${count('fail')} over budget, ${count('not-measured')} not measured**, ${count('info')} without a budget.`,
    ...(over.length ? ['', 'Over budget:', ...over.map(overLine)] : []),
    ...(missing.length ? ['', `Sections never measured yet: ${missing.join(', ')}.`] : []),
    '',
    '## Machine and versions',
    '',
    '| | |',
    '|---|---|',
    ...Object.entries(results.machine).map(([k, v]) => `| ${k} | ${cell(v)} |`),
    ...Object.entries(results.versions).map(([k, v]) => `| ${k} | ${cell(v)} |`),
    '',
    sections.map(sectionMd).join('\n\n'),
    '',
  ].join('\n');
}
