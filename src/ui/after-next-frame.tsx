/**
 * Draws its children in a task after the frame that showed it, so that their rendering, their commit
 * and their effects make a task of their own instead of lengthening the one that drew the parent (a
 * long task delays input and counts as blocking time), and what was drawn before is already laid out.
 * What is around it stays where it is: the parent reserves the children's space.
 * With `idle`, it waits further, until the page is idle: for a part below others that set themselves
 * up after the same frame (a map), so that the two are not drawn in one task.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { afterNextFrame } from './next-task';
import { whenIdle } from './when-idle';

export function AfterNextFrame({ children, idle = false }: { children: ReactNode; idle?: boolean }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void afterNextFrame()
      .then(() => (idle ? whenIdle() : undefined))
      .then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [idle]);
  return ready ? children : null;
}
