import { afterEach, describe, expect, it, vi } from 'vitest';
import { openChannel, parseMessage, type PresentMessage } from './deck-channel';

describe('messages between the audience and presenter windows', () => {
  it.each<[unknown, PresentMessage | null]>([
    [
      { type: 'present', deck: 'k', slide: 3 },
      { type: 'present', deck: 'k', slide: 3 },
    ],
    [
      { type: 'present', deck: 'k', blank: true, slides: null },
      { type: 'present', deck: 'k', blank: true, slides: null },
    ],
    [
      { type: 'present', deck: 'k', slides: '1*t*m', extra: 'ignored' },
      { type: 'present', deck: 'k', slides: '1*t*m' },
    ],
    [{ type: 'present', deck: 'k', slide: 0 }, null],
    [{ type: 'present', deck: 'k', slide: 2.5 }, null],
    [{ type: 'present', deck: 'k', blank: 'yes' }, null],
    [{ type: 'present', deck: 7 }, null],
    [{ type: 'other', deck: 'k' }, null],
    ['present', null],
    [null, null],
  ])('%j reads as %j', (data, expected) => {
    expect(parseMessage(data)).toEqual(expected);
  });
});

describe('the storage fallback (no BroadcastChannel)', () => {
  afterEach(() => window.localStorage.clear());

  it('writes each message with a nonce and delivers what other windows write', () => {
    const received = vi.fn();
    const channel = openChannel(received, { preferBroadcast: false });
    channel.post({ type: 'present', deck: 'k', slide: 4 });
    const first = window.localStorage.getItem('du-an-8:present-sync')!;
    channel.post({ type: 'present', deck: 'k', slide: 4 });
    // The same message twice is still a change, so other windows get a storage event each time.
    expect(window.localStorage.getItem('du-an-8:present-sync')).not.toBe(first);
    expect(JSON.parse(first).message).toEqual({ type: 'present', deck: 'k', slide: 4 });

    // Another window's write arrives as a storage event.
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'du-an-8:present-sync', newValue: JSON.stringify({ message: { type: 'present', deck: 'k', blank: true } }) }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: 'du-an-8:present-sync', newValue: '{not json' }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: JSON.stringify({ message: { type: 'present', deck: 'k' } }) }));
    expect(received.mock.calls).toEqual([[{ type: 'present', deck: 'k', blank: true }]]);

    channel.close();
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'du-an-8:present-sync', newValue: JSON.stringify({ message: { type: 'present', deck: 'k', slide: 2 } }) }),
    );
    expect(received).toHaveBeenCalledTimes(1);
  });
});
