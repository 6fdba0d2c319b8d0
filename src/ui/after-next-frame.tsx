/**
 * Draws its children in a task after the frame that showed it, so that their rendering, their commit
 * and their effects make a task of their own instead of lengthening the one that drew the parent (a
 * long task delays input and counts as blocking time), and what was drawn before is already laid out.
 * What is around it stays where it is: the parent reserves the children's space.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { afterNextFrame } from './next-task';

export function AfterNextFrame({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let live = true;
    void afterNextFrame().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  return ready ? children : null;
}
