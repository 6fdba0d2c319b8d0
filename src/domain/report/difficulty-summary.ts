/**
 * A difficulty report summarised for the notice, by fixed rules: each substantive paragraph gives
 * its first clause (after "Thứ nhất," … or "Tuy nhiên," when there is one); a preamble, the results
 * ("Kết quả:") and the proposals ("Đề xuất…") are not difficulties. Proposals are kept apart.
 */

export interface DifficultySummary {
  points: string[];
  proposals: string[];
}

const ORDINAL = /^(?:thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|[-+•*]|\d+[.)]|[a-zđ][.)])\s*,?\s*/iu;
const PROPOSAL = /^(?:đề xuất|kiến nghị|đề nghị)\s*:?\s*/iu;
const SKIPPED = /^(?:kết quả|thực hiện)(?=[\s:,])/iu;
const BUT = /(?:^|[\s,;.])tuy nhiên,?\s*/iu;

/** The first clause of a text: up to the first ";" or ":" or the end of its first sentence. */
export function firstClause(text: string): string {
  const sentence = text.split(/\.\s+(?=\p{Lu})/u)[0] ?? text;
  return (sentence.split(/[;:]/)[0] ?? sentence).trim().replace(/[.,]+$/u, '');
}

const upperFirst = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

export function summariseDifficulty(body: string): DifficultySummary {
  const points: string[] = [];
  const proposals: string[] = [];
  for (const raw of body.split(/\n+/)) {
    const paragraph = raw.trim();
    if (!paragraph || paragraph.endsWith(':') || SKIPPED.test(paragraph)) continue;
    if (PROPOSAL.test(paragraph)) {
      proposals.push(
        ...paragraph
          .replace(PROPOSAL, '')
          .split(';')
          .map((p) => p.trim().replace(/[.]+$/u, ''))
          .filter(Boolean)
          .map(upperFirst),
      );
      continue;
    }
    let text = paragraph.replace(ORDINAL, '');
    const but = BUT.exec(text);
    if (but) text = text.slice(but.index + but[0].length);
    const clause = firstClause(text);
    if (clause) points.push(upperFirst(clause));
  }
  return { points, proposals };
}
