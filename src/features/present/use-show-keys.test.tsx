import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ShowAction } from './show-keys';
import { useShowKeys } from './use-show-keys';

/** A window whose slide has not re-rendered yet: `current` stays where it was while keys arrive. */
function Lagging({ actions }: { actions: ShowAction[] }) {
  useShowKeys({ current: 4, count: 10, blank: false }, (action) => actions.push(action));
  return <button type="button">Slide tiếp</button>;
}

describe('presentation keys', () => {
  it('move on from the slide just asked for when pressed faster than the slide renders', () => {
    const actions: ShowAction[] = [];
    render(<Lagging actions={actions} />);
    fireEvent.keyDown(window, { key: 'PageDown' });
    fireEvent.keyDown(window, { key: 'PageDown' });
    fireEvent.keyDown(window, { key: 'ArrowLeft' });
    expect(actions).toEqual([
      { type: 'go', slide: 5 },
      { type: 'go', slide: 6 },
      { type: 'go', slide: 5 },
    ]);
  });

  it('leaves Space and Enter to a focused button and typing to fields', () => {
    const actions: ShowAction[] = [];
    const { getByRole } = render(<Lagging actions={actions} />);
    fireEvent.keyDown(getByRole('button'), { key: ' ' });
    fireEvent.keyDown(getByRole('button'), { key: 'Enter' });
    expect(actions).toEqual([]);
    fireEvent.keyDown(getByRole('button'), { key: 'ArrowRight' });
    expect(actions).toEqual([{ type: 'go', slide: 5 }]);
  });
});
