/**
 * Each document against its zod schema (the same the app parses with): every issue becomes a
 * problem with its JSON path, explained in Vietnamese and English.
 */
import * as z from 'zod/mini';
import { apiProblem, jsonPath, type ApiProblem } from './problems';

type Issue = z.core.$ZodIssue;

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** What an issue means, in both languages; custom rules of the contract are written as formulas. */
function explain(issue: Issue): [string, string] {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? ['thiếu trường bắt buộc', 'required member missing']
        : [`sai kiểu, cần ${issue.expected}`, `wrong type, expected ${issue.expected}`];
    case 'too_small':
      return [`nhỏ hơn mức tối thiểu ${String(issue.minimum)}`, `below the minimum ${String(issue.minimum)}`];
    case 'too_big':
      return [`lớn hơn mức tối đa ${String(issue.maximum)}`, `above the maximum ${String(issue.maximum)}`];
    case 'invalid_format':
      return [`sai định dạng ${issue.format} (${issue.message})`, `wrong ${issue.format} format (${issue.message})`];
    case 'invalid_value':
      return [`giá trị không được phép, cần một trong: ${list(issue.values)}`, `value not allowed, expected one of: ${list(issue.values)}`];
    case 'invalid_union':
      return ['không khớp kiểu nào được phép', 'matches none of the allowed types'];
    case 'not_multiple_of':
      return [`không phải bội số của ${String(issue.divisor)}`, `not a multiple of ${String(issue.divisor)}`];
    case 'custom':
      return [`vi phạm quy tắc: ${issue.message}`, `rule broken: ${issue.message}`];
    default:
      return [issue.message, issue.message];
  }
}

export function contractProblems(document: string, value: unknown, schema: z.core.$ZodType): ApiProblem[] {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const [vi, en] = explain(issue);
    return apiProblem(document, jsonPath(issue.path), 'contract', { vi, en });
  });
}
