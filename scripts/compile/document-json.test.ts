// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSerializer } from './document-json';

const text = (doc: unknown, toJson = documentSerializer()) => toJson(doc).join('');

const figures = { series: { 'P8.1.1': { values: [1, null, 2.5], reported: [1, 0, 1], expected: 1 } }, targets: {}, withheld: [] };

describe('documentSerializer', () => {
  it.each<[string, unknown]>([
    ['a unit document', { unit: { code: '06', name: 'Bắc Kạn' }, ancestors: [], children: [], figures: { '06': figures, '06.01': figures } }],
    ['a unit document with codes that look like array indices (ordered first)', { unit: { code: '7' }, figures: { b: figures, '10': figures, '2': { x: 1 } } }],
    [
      'members left out by JSON: undefined and functions',
      { unit: 1, skip: undefined, f: () => 1, figures: { a: undefined, b: figures, c: () => 2 }, last: [undefined] },
    ],
    ['no figures at all', { unit: { code: 'x' }, figures: {} }],
    ['figures that are not an object', { unit: 'x', figures: [1, 2] }],
    ['a document with figures but no unit', { figures: { a: figures } }],
    ['an object with toJSON', { unit: 'x', figures: { a: { toJSON: () => 'swapped' } } }],
    ['a date inside figures', { unit: 'x', figures: { a: new Date(0) } }],
    ['a document that is a list', [{ unit: 1, figures: {} }]],
    ['escapes in keys and text', { unit: 'a"b\\c\n\u2028', figures: { 'k"\\': { name: 'Đ\u0000' } } }],
    ['a plain value', 'text'],
    ['null', null],
  ])('%s: the same text as JSON.stringify', (_name, doc) => {
    expect(text(doc)).toBe(JSON.stringify(doc));
  });

  it('gives no text for a document JSON cannot write', () => {
    expect(documentSerializer()(undefined)).toEqual([]);
  });

  it('writes the figures shared by two documents the same in both', () => {
    const toJson = documentSerializer();
    const child = { series: { a: { values: [1] } } };
    const parent = { unit: { code: 'p' }, figures: { p: { series: {} }, c: child } };
    const own = { unit: { code: 'c' }, figures: { c: child } };
    expect(text(parent, toJson)).toBe(JSON.stringify(parent));
    expect(text(own, toJson)).toBe(JSON.stringify(own));
    expect(text(own, toJson)).toBe('{"unit":{"code":"c"},"figures":{"c":{"series":{"a":{"values":[1]}}}}}');
  });

  it('matches JSON.stringify on any unit document', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const unitDoc = fc.record({ unit: value, ancestors: fc.array(value, { maxLength: 3 }), figures: fc.dictionary(fc.string(), value, { maxKeys: 6 }) });
    fc.assert(
      fc.property(unitDoc, fc.dictionary(fc.string(), value, { maxKeys: 3 }), (doc, extra) => {
        const full = { ...doc, ...extra, figures: doc.figures };
        const toJson = documentSerializer();
        // Twice with the same serialiser: the second time the figures' text comes from memory.
        expect(text(full, toJson)).toBe(JSON.stringify(full));
        expect(text(full, toJson)).toBe(JSON.stringify(full));
      }),
      { numRuns: 300 },
    );
  });
});
