import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, type ClassMethod } from './classify';

describe('class breaks', () => {
  it.each<[string, unknown[], ClassMethod, number, number[]]>([
    ['equal intervals', [0, 1, 2, 3, 4, 10], 'equal', 5, [0, 2, 4, 6, 8, 10]],
    ['equal intervals ignore nulls and "suppressed"', [null, 0, 'suppressed', 10, undefined], 'equal', 2, [0, 5, 10]],
    ['quantiles of 8 values in 4 classes', [1, 2, 3, 4, 5, 6, 7, 8], 'quantile', 4, [1, 2, 4, 6, 8]],
    ['quantiles keep ties in one class', [1, 1, 1, 1, 1, 1, 2, 3, 4, 5], 'quantile', 3, [1, 1, 2, 5]],
    ['quantiles with ties in the middle', [1, 2, 2, 2, 2, 2, 3, 4, 5], 'quantile', 3, [1, 2, 5]],
    ['no more values than classes: one class each (quantiles)', [1, 1, 1, 1, 1, 1, 2, 3], 'quantile', 4, [1, 1, 2, 3]],
    ['a single zero among ones keeps its own class', [1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1], 'quantile', 5, [0, 0, 1]],
    ['no more values than classes: one class each (natural breaks)', [4, 9, 4, 6], 'jenks', 3, [4, 4, 6, 9]],
    ['natural breaks find the clusters', [1, 2, 3, 20, 21, 22, 50, 51], 'jenks', 3, [1, 3, 22, 51]],
    ['natural breaks with two clusters', [0, 0, 1, 100, 101], 'jenks', 2, [0, 1, 101]],
    ['fewer classes than asked when few distinct values', [5, 7, 5, 7], 'jenks', 5, [5, 5, 7]],
    ['all equal gives one class', [3, 3, 3], 'quantile', 5, [3, 3]],
    ['all equal gives one class (equal intervals)', [3, 3, 3], 'equal', 5, [3, 3]],
    ['no numbers gives no classes', [null, 'suppressed'], 'jenks', 5, []],
    ['one value', [42], 'equal', 5, [42, 42]],
    ['negative values', [-10, -5, 0, 5, 10], 'equal', 2, [-10, 0, 10]],
  ])('%s', (_name, values, method, classes, expected) => {
    expect(classBreaks(values, method, classes)).toEqual(expected);
  });

  it.each<ClassMethod>(['quantile', 'equal', 'jenks'])('%s: every value falls in a class, classes in order', (method) => {
    const values = [3, 8, 1, 13, 21, 2, 5, 34, 1, 55, 89, 0];
    const breaks = classBreaks(values, method, 5);
    expect(breaks.length).toBeGreaterThanOrEqual(2);
    expect([...breaks].sort((a, b) => a - b)).toEqual(breaks);
    const classes = values.map((v) => classOf(v, breaks));
    expect(classes.every((c) => c !== null)).toBe(true);
    expect(classOf(0, breaks)).toBe(0);
    expect(classOf(89, breaks)).toBe(breaks.length - 2);
  });
});

describe('class of a value', () => {
  it.each<[number, number[], number | null]>([
    [0, [0, 2, 4], 0],
    [2, [0, 2, 4], 0],
    [2.5, [0, 2, 4], 1],
    [4, [0, 2, 4], 1],
    [5, [0, 2, 4], null],
    [-1, [0, 2, 4], null],
    [3, [3, 3], 0],
    [3, [], null],
  ])('%d with breaks %j → %j', (value, breaks, expected) => {
    expect(classOf(value, breaks)).toBe(expected);
  });
});
