import { describe, expect, it } from 'vitest';
import { coreEnglish } from './english';

type Part = { vi: Record<string, string>; en: Record<string, string> };

// Every catalogue file, including ones added later: each exports parts of the shape { vi, en }, or
// { vi } for a part built into the first screen, whose English is in english/ (coreEnglish).
const files = import.meta.glob<Record<string, { vi: Record<string, string>; en?: Record<string, string> }>>('./messages/*.ts', { eager: true });
const english: Readonly<Record<string, Record<string, string>>> = coreEnglish;
const parts = Object.entries(files).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, part]): readonly [string, Part] => [
    `${file.replace('./messages/', '')} › ${name}`,
    { vi: part.vi, en: part.en ?? english[name] ?? {} },
  ]),
);

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('the message catalogues', () => {
  it('has catalogue files to check', () => {
    expect(parts.length).toBeGreaterThanOrEqual(12);
  });

  it("keeps the English of the first screen's parts in english/, one for each part without its own", () => {
    const withoutEnglish = Object.values(files).flatMap((exports) =>
      Object.entries(exports)
        .filter(([, part]) => part.en === undefined)
        .map(([name]) => name),
    );
    expect(withoutEnglish.sort()).toEqual(Object.keys(coreEnglish).sort());
  });

  it.each(parts)('%s: Vietnamese and English have the same keys', (_name, part) => {
    expect(Object.keys(part.en).sort()).toEqual(Object.keys(part.vi).sort());
  });

  it.each(parts)('%s: each message has the same placeholders in both languages and is not empty', (_name, part) => {
    for (const [key, vi] of Object.entries(part.vi)) {
      const en = part.en[key] ?? '';
      expect(vi.trim(), `${key} (vi)`).not.toBe('');
      expect(en.trim(), `${key} (en)`).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(vi));
    }
  });

  it('never defines one key in two files', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, part] of parts) {
      for (const key of Object.keys(part.vi)) {
        const first = owners.get(key);
        if (first !== undefined) clashes.push(`${key}: ${first} and ${name}`);
        owners.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });
});
