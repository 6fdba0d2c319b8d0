/**
 * The inline scripts of a page as served (script elements without a src), for the tests that hold
 * a first-screen page to its policy: one script to run, the rest data blocks (compose-page.ts).
 */
import { DATA_BLOCK_TYPES } from './compose-page';

export interface InlineScript {
  type: string | null;
  id: string | null;
  text: string;
}

const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1] ?? null;

export function inlineScripts(html: string): InlineScript[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({
    type: attribute(m[1]!, 'type'),
    id: attribute(m[1]!, 'id'),
    text: m[2]!,
  }));
}

const DATA_TYPES: readonly string[] = Object.values(DATA_BLOCK_TYPES);

/** A data block: a script of a type no browser runs. */
export const isDataBlock = (script: InlineScript): boolean => script.type !== null && DATA_TYPES.includes(script.type);

/** A CSS selector for the inline scripts a browser runs. */
export const RUNNABLE_INLINE_SCRIPT = `script:not([src])${DATA_TYPES.map((t) => `:not([type="${t}"])`).join('')}`;
