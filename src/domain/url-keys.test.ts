import { describe, expect, it } from 'vitest';
import { migrateParams, type UrlMigration } from './url-keys';

// A made-up history: version 1 called the map colouring "colour", version 2 "mm" with "value" renamed "v".
const HISTORY: UrlMigration[] = [
  {
    from: 1,
    migrate: (p) => {
      const out = new URLSearchParams(p);
      const colour = out.get('colour');
      out.delete('colour');
      if (colour) out.set('mm', colour);
      return out;
    },
  },
  {
    from: 2,
    migrate: (p) => {
      const out = new URLSearchParams(p);
      if (out.get('mm') === 'value') out.set('mm', 'v');
      return out;
    },
  },
];

describe('URL format migrations', () => {
  it.each([
    ['a link without a version is version 1 and goes through every change', 'colour=value&i=P8.1.1', 'i=P8.1.1&mm=v'],
    ['a version-2 link goes through the later change only', 'uv=2&mm=value', 'mm=v'],
    ['a current link is left as it is', 'uv=3&mm=value', 'mm=value'],
    ['a version from the future is read as the current one', 'uv=9&mm=value', 'mm=value'],
    ['a broken version is read as the current one', 'uv=x&colour=value', 'colour=value'],
  ])('%s', (_name, query, expected) => {
    const out = migrateParams(new URLSearchParams(query), HISTORY, 3);
    out.sort();
    expect(out.toString()).toBe(expected);
  });
});
