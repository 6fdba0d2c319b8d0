/** The deferred query: the answer arrives in a second render, and the first one reads as loading, never as empty. */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useDeferredQuery } from './use-deferred-query';

interface Query {
  data: string[] | undefined;
  error: unknown;
  isPending: boolean;
}

function renders(steps: Query[]): string[] {
  const seen: string[] = [];
  function Probe({ query }: { query: Query }) {
    const q = useDeferredQuery(query);
    seen.push(`${q.data?.join('+') ?? '-'} ${q.isPending ? 'pending' : 'settled'}${q.error ? ' failed' : ''}`);
    return null;
  }
  const view = render(<Probe query={steps[0]!} />);
  for (const step of steps.slice(1)) view.rerender(<Probe query={step} />);
  return seen;
}

describe('useDeferredQuery', () => {
  it.each([
    {
      name: 'an answer arriving: first drawn as still loading, then with the answer',
      steps: [
        { data: undefined, error: null, isPending: true },
        { data: ['a', 'b'], error: null, isPending: false },
      ],
      expected: ['- pending', '- pending', 'a+b settled'],
    },
    {
      name: 'a failure: shown at once, nothing to defer',
      steps: [
        { data: undefined, error: null, isPending: true },
        { data: undefined, error: new Error('500'), isPending: false },
      ],
      expected: ['- pending', '- settled failed'],
    },
    {
      name: 'a new answer over an old one: the old one stays until the new one is drawn',
      steps: [
        { data: ['a'], error: null, isPending: false },
        { data: ['c'], error: null, isPending: false },
      ],
      expected: ['a settled', 'a settled', 'c settled'],
    },
  ])('$name', ({ steps, expected }) => {
    expect(renders(steps)).toEqual(expected);
  });
});
