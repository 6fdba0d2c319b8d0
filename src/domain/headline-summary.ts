/**
 * A short summary of a unit's headline, written by fixed rules from its figures: the same input
 * always gives the same sentences. Each sentence is a message key with its parameters and the
 * facts (numbers) it rests on, so the screen, the report and the first slide word it alike and a
 * reader can trace every sentence to its numbers. No text is generated elsewhere.
 */
import type { Headline } from './headline';
import type { LocalText } from './indicators';
import type { Band } from './progress';
import type { IndicatorProgress } from './unit-progress';

/** A value inside a sentence or a fact; the language-specific form is chosen when rendered. */
export type SummaryValue =
  | { kind: 'count'; value: number }
  | { kind: 'percent'; value: number }
  | { kind: 'number'; value: number; decimals: number }
  | { kind: 'quarter'; value: string }
  | { kind: 'band'; value: Band }
  | { kind: 'name'; value: string }
  | { kind: 'local'; value: LocalText };

export interface SummaryMessage {
  key: SummaryKey;
  params: Readonly<Record<string, SummaryValue>>;
}

export interface SummarySentence extends SummaryMessage {
  /** The numbers the sentence is written from, each one line of the footnote. */
  facts: SummaryMessage[];
}

export type SummaryKey =
  | 'summary.noAssessment'
  | 'summary.bands'
  | 'summary.allGood'
  | 'summary.weakest'
  | 'summary.worstChild'
  | 'summary.change'
  | 'summary.noChange'
  | 'summary.incomplete'
  | 'summary.fact.withTarget'
  | 'summary.fact.band'
  | 'summary.fact.value'
  | 'summary.fact.achievement'
  | 'summary.fact.score'
  | 'summary.fact.childBands'
  | 'summary.fact.changed'
  | 'summary.fact.incomplete';

const count = (value: number): SummaryValue => ({ kind: 'count', value });
const band = (value: Band): SummaryValue => ({ kind: 'band', value });
const local = (value: LocalText): SummaryValue => ({ kind: 'local', value });

const GOOD: readonly Band[] = ['met', 'on_track'];
const WEAK: readonly Band[] = ['accelerate', 'slow', 'decline'];
const sumBands = (bands: Readonly<Record<Band, number>>, which: readonly Band[]) => which.reduce((s, b) => s + bands[b], 0);

/** The assessed indicator with the lowest score below "on track" (ties: by code), or null. */
export function weakestIndicator(items: readonly IndicatorProgress[]): IndicatorProgress | null {
  let worst: IndicatorProgress | null = null;
  for (const item of items) {
    const a = item.assessment;
    if (a.kind !== 'assessed' || !WEAK.includes(a.measured.band)) continue;
    const w = worst?.assessment;
    if (
      !worst ||
      w?.kind !== 'assessed' ||
      a.measured.score < w.measured.score ||
      (a.measured.score === w.measured.score && item.indicator.code < worst.indicator.code)
    )
      worst = item;
  }
  return worst;
}

function bandsSentence(h: Headline): SummarySentence {
  const { bands, assessed, withTarget } = h.progress;
  const facts: SummaryMessage[] = [
    { key: 'summary.fact.withTarget', params: { withTarget: count(withTarget), assessed: count(assessed) } },
    ...(Object.keys(bands) as Band[]).map((b): SummaryMessage => ({ key: 'summary.fact.band', params: { band: band(b), count: count(bands[b]) } })),
  ];
  if (assessed === 0) return { key: 'summary.noAssessment', params: { withTarget: count(withTarget) }, facts };
  const weak = sumBands(bands, WEAK);
  if (weak === 0) return { key: 'summary.allGood', params: { assessed: count(assessed), met: count(bands.met) }, facts };
  return { key: 'summary.bands', params: { assessed: count(assessed), good: count(sumBands(bands, GOOD)), weak: count(weak) }, facts };
}

function weakestSentence(h: Headline): SummarySentence | null {
  const item = weakestIndicator(h.progress.items);
  if (!item || item.assessment.kind !== 'assessed') return null;
  const a = item.assessment;
  const decimals = item.indicator.decimals;
  const facts: SummaryMessage[] = [
    { key: 'summary.fact.value', params: { value: { kind: 'number', value: a.value, decimals }, target: { kind: 'number', value: a.target, decimals } } },
    ...(a.achievement !== null
      ? [{ key: 'summary.fact.achievement' as const, params: { achievement: { kind: 'percent' as const, value: a.achievement } } }]
      : []),
    { key: 'summary.fact.band', params: { band: band(a.measured.band), count: count(1) } },
  ];
  return { key: 'summary.weakest', params: { name: local(item.indicator.name), band: band(a.measured.band) }, facts };
}

function worstChildSentence(h: Headline): SummarySentence | null {
  const row = h.worst[0];
  const first = row?.pulling[0];
  if (!row || !first || row.progress.score === null) return null;
  const weak = sumBands(row.progress.bands, WEAK);
  return {
    key: 'summary.worstChild',
    params: { name: { kind: 'name', value: row.name }, weak: count(weak), assessed: count(row.progress.assessed), indicator: local(first.indicator.name) },
    facts: [
      { key: 'summary.fact.score', params: { score: { kind: 'number', value: row.progress.score, decimals: 1 } } },
      {
        key: 'summary.fact.childBands',
        params: { good: count(sumBands(row.progress.bands, GOOD)), weak: count(weak), assessed: count(row.progress.assessed) },
      },
    ],
  };
}

function changeSentence(h: Headline): SummarySentence | null {
  if (!h.previous || !h.previousQuarter || h.progress.assessed === 0) return null;
  const quarter: SummaryValue = { kind: 'quarter', value: h.previousQuarter };
  const facts = [...h.improved, ...h.worsened].map((c): SummaryMessage => ({
    key: 'summary.fact.changed',
    params: { name: local(c.indicator.name), from: band(c.from), to: band(c.to) },
  }));
  if (facts.length === 0)
    return {
      key: 'summary.noChange',
      params: { quarter },
      facts: [{ key: 'summary.fact.withTarget', params: { withTarget: count(h.previous.withTarget), assessed: count(h.previous.assessed) } }],
    };
  return { key: 'summary.change', params: { quarter, improved: count(h.improved.length), worsened: count(h.worsened.length) }, facts };
}

function incompleteSentence(h: Headline): SummarySentence | null {
  const facts = h.progress.items.flatMap(({ indicator, assessment: a }): SummaryMessage[] =>
    a.kind === 'assessed' && a.completeness.reported < a.completeness.expected
      ? [
          {
            key: 'summary.fact.incomplete',
            params: { name: local(indicator.name), reported: count(a.completeness.reported), expected: count(a.completeness.expected) },
          },
        ]
      : [],
  );
  return facts.length ? { key: 'summary.incomplete', params: { count: count(facts.length) }, facts } : null;
}

/** The summary: status counts, the weakest indicator, the unit below that lags most, the change in a quarter, completeness. */
export function summarise(h: Headline): SummarySentence[] {
  const out: SummarySentence[] = [bandsSentence(h)];
  for (const s of [weakestSentence(h), worstChildSentence(h), changeSentence(h)]) if (s) out.push(s);
  const incomplete = incompleteSentence(h);
  if (incomplete) out.push(incomplete);
  return out;
}
