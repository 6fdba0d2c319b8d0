import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REACT_SENTINELS, withStacklessSentinels } from './react-sentinels-plugin';

const declarations = (names: readonly string[]) => names.map((name, i) => `var ${name} = Error(formatProdErrorMessage(${460 + i}));`).join('\n');

describe('withStacklessSentinels', () => {
  it('creates every sentinel without calling Error, keeping the message and Error.prototype', () => {
    const code = `"use strict";\nfunction formatProdErrorMessage(code) { return "Minified React error #" + code; }\n${declarations(REACT_SENTINELS)}\nmodule.exports = { ${REACT_SENTINELS.join(', ')} };`;
    const out = withStacklessSentinels(code);
    expect(out.startsWith('"use strict";')).toBe(true);
    expect(out).not.toMatch(/= Error\(/);
    const module = { exports: {} as Record<string, unknown> };
    new Function('module', 'Error', out)(
      module,
      new Proxy(Error, {
        apply: () => {
          throw new Error('Error was called');
        },
      }),
    );
    const first = module.exports.HydrationMismatchException as Error;
    expect(first).toBeInstanceOf(Error);
    expect(first.message).toBe('Minified React error #460');
    expect(Object.keys(first)).toEqual([]);
    expect((module.exports.SelectiveHydrationException as Error).message).toBe('Minified React error #464');
  });

  it.each([
    ['a sentinel is missing', declarations(REACT_SENTINELS.slice(1)), 'HydrationMismatchException'],
    ['a sentinel is declared twice', declarations([...REACT_SENTINELS, 'SuspenseException']), 'SuspenseException'],
    [
      'a sentinel is created differently',
      declarations(REACT_SENTINELS).replace('SuspenseActionException = Error(', 'SuspenseActionException = new Error('),
      'SuspenseActionException',
    ],
  ])('refuses code where %s, naming it', (_case, code, name) => {
    expect(() => withStacklessSentinels(code, 'react-dom-client.production.js')).toThrow(new RegExp(`react-dom-client\\.production\\.js.*${name}`));
  });

  it('finds the five sentinels in the installed React DOM', () => {
    const file = join(dirname(createRequire(import.meta.url).resolve('react-dom/package.json')), 'cjs', 'react-dom-client.production.js');
    const out = withStacklessSentinels(readFileSync(file, 'utf8'), file);
    expect(out.match(/= stacklessSentinel\(formatProdErrorMessage\(\d+\)\)/g)).toHaveLength(5);
  });
});
