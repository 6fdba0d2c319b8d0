import { describe, expect, it } from 'vitest';
import { charsPerLine, joinLines, paginateText, wrapText, type TextPageLayout } from './slide-text-pages';

describe('wrapping text into lines', () => {
  it.each([
    ['words fill a line up to its width', 'aa bb cc dd', 5, ['aa bb', 'cc dd\n']],
    ['a paragraph break starts a new line', 'one two\nthree', 7, ['one two\n', 'three\n']],
    ['a word longer than a line is broken', 'abcdefghij', 4, ['abcd', 'efgh', 'ij\n']],
    ['runs of spaces count once', '  aa    bb  ', 5, ['aa bb\n']],
    ['nothing to wrap', '   ', 5, []],
  ])('%s', (_, text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });

  it('joins lines back into the text, paragraphs kept', () => {
    expect(joinLines(['aa bb', 'cc dd\n', 'ee\n'])).toBe('aa bb cc dd\nee');
  });

  it('counts the characters of a line from the width and the type size', () => {
    // 1746 px / (28 px × 0.6) = 103.9 → 103
    expect(charsPerLine(1746, { size: 28, line: 37 })).toBe(103);
  });
});

describe('laying long texts out on slides', () => {
  // 10 px glyphs of 0.6 × 10 px: 60 px hold 10 characters; every line is 10 px high.
  const style = { size: 10, line: 10 };
  const layout = (height: number): TextPageLayout => ({
    width: 60,
    height,
    heading: style,
    meta: style,
    text: style,
    gap: 0,
    continuedHeading: (h) => `${h} (tiếp)`,
  });
  const A = { key: 'a', heading: 'A', text: 'aaaa bbbb cccc dddd eeee ffff' };
  const B = { key: 'b', heading: 'B', text: 'gggg hhhh iiii jjjj' };
  const summary = (pages: ReturnType<typeof paginateText>) => pages.map((p) => p.map((part) => `${part.heading}: ${part.text}`));

  it('keeps items whole on a slide while they fit, and starts an item on the next slide when fewer than two lines are left', () => {
    // A takes 1 + 3 lines of 5; B needs 1 + 2.
    expect(summary(paginateText([A, B], layout(50)))).toEqual([['A: aaaa bbbb cccc dddd eeee ffff'], ['B: gggg hhhh iiii jjjj']]);
  });

  it('goes on with a long item on the next slide under a continued heading, nothing left out', () => {
    const pages = paginateText([A, B], layout(30));
    expect(summary(pages)).toEqual([['A: aaaa bbbb cccc dddd'], ['A (tiếp): eeee ffff'], ['B: gggg hhhh iiii jjjj']]);
    expect(pages.map((p) => p.map((part) => [part.key, part.continued]))).toEqual([[['a', false]], [['a~2', true]], [['b', false]]]);
  });

  it('puts the line under the heading on the first part only, and counts it', () => {
    const pages = paginateText([{ ...A, meta: 'x' }], layout(30));
    // Heading and meta take 2 lines: 1 line of text on the first slide, the other 2 on the next.
    expect(summary(pages)).toEqual([['A: aaaa bbbb'], ['A (tiếp): cccc dddd eeee ffff']]);
    expect(pages.map((p) => p.map((part) => part.meta))).toEqual([['x'], [undefined]]);
  });

  it('gives one empty slide for no items', () => {
    expect(paginateText([], layout(30))).toEqual([[]]);
  });
});
