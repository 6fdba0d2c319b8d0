import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-collision';

const label = (key: string, x: number, y: number, priority: number, width = 40, height = 10): LabelCandidate => ({ key, x, y, width, height, priority });
const VIEW = { width: 200, height: 100, margin: 4 };

describe('placing map labels without overlaps', () => {
  it.each<[string, LabelCandidate[], string[]]>([
    ['labels far apart are all kept', [label('a', 30, 20, 1), label('b', 120, 20, 2), label('c', 30, 70, 3)], ['c', 'b', 'a']],
    // a spans x 10–50, b 40–80 (boxes widened by 2 px each side): they overlap, b has more room and stays.
    ['of two overlapping labels the roomier one stays', [label('a', 30, 50, 1), label('b', 60, 50, 5)], ['b']],
    // Boxes a 8–52 and b 52–96 (with the margin) only touch: both stay.
    ['labels that only touch with their margins both stay', [label('a', 30, 50, 1), label('b', 74, 50, 1)], ['a', 'b']],
    // b (priority 3) is taken out by a (5); c no longer meets anything kept and stays.
    ['a label left out does not block others', [label('a', 30, 50, 5), label('b', 65, 50, 3), label('c', 100, 50, 1)], ['a', 'c']],
    // 175 + 20 + 2 = 197 ≤ 200 stays; 180 + 20 + 2 = 202 > 200 would be cut by the edge.
    ['a label running off the view is left out', [label('in', 175, 20, 1), label('out', 180, 60, 9)], ['in']],
    ['a label above the top edge is left out', [label('top', 100, 4, 1)], []],
    ['equal priorities: by key', [label('b', 60, 50, 1), label('a', 40, 50, 1)], ['a']],
    ['nothing to place', [], []],
  ])('%s', (_, candidates, kept) => {
    expect(placeLabels(candidates, VIEW)).toEqual(kept);
  });
});
