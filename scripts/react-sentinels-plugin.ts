/**
 * React DOM creates five sentinel errors when its module is evaluated (the values it throws to
 * suspend, or to leave a hydration, and compares by identity). Constructing an `Error` captures a
 * stack trace; while a DevTools client is attached (Lighthouse, the DevTools panel) V8 captures a
 * detailed one, with the line and column of every frame, and to get them it parses the frame's
 * function again. The frame is the function that wraps all of React DOM, so that one statement
 * costs a second parse of the library: measured at 40–60 ms of main-thread time here, a long task
 * of the page's start in every Lighthouse run. The build creates the sentinels as plain objects
 * that inherit from `Error.prototype` and carry the same message, without a stack. React only
 * compares them by identity and reads their message.
 */
import type { Plugin } from 'vite';

/** The sentinels of react-dom-client.production.js (React 19). */
export const REACT_SENTINELS = [
  'HydrationMismatchException',
  'SuspenseException',
  'SuspenseyCommitException',
  'SuspenseActionException',
  'SelectiveHydrationException',
] as const;

const HELPER = 'stacklessSentinel';

const DECLARATION = new RegExp(`\\b(${REACT_SENTINELS.join('|')}) = Error\\(formatProdErrorMessage\\((\\d+)\\)\\)`, 'g');

/**
 * React DOM's code with its sentinels created without a stack. Throws when the code does not declare
 * each sentinel exactly once as expected, so that a new React version is reviewed, not silently missed.
 */
export function withStacklessSentinels(code: string, file = 'react-dom'): string {
  const found: string[] = [];
  const out = code.replace(DECLARATION, (_match, name: string, errorCode: string) => {
    found.push(name);
    return `${name} = ${HELPER}(formatProdErrorMessage(${errorCode}))`;
  });
  const missing = REACT_SENTINELS.filter((name) => found.filter((f) => f === name).length !== 1);
  if (missing.length > 0)
    throw new Error(`${file}: React DOM's sentinel errors are not declared as expected (${missing.join(', ')}); review scripts/react-sentinels-plugin.ts`);
  // Appended, so that the file's "use strict" directive stays first; a function declaration is hoisted.
  return `${out}\nfunction ${HELPER}(message) { return Object.create(Error.prototype, { message: { value: message, writable: true, configurable: true } }); }\n`;
}

export function reactSentinelsPlugin(): Plugin {
  return {
    name: 'react-stackless-sentinels',
    apply: 'build',
    transform: {
      filter: { id: /react-dom[\\/]cjs[\\/]react-dom-client\.production\.js$/ },
      handler(code, id) {
        return { code: withStacklessSentinels(code, id), map: null };
      },
    },
  };
}
