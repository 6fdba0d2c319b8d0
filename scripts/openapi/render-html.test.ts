import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownToHtml } from './markdown';
import { renderApiReference, typeLabel } from './render-html';

const doc = JSON.parse(readFileSync('docs/openapi.json', 'utf8')) as {
  paths: Record<string, { get: { operationId: string } }>;
  components: { schemas: Record<string, unknown> };
};

describe('the API reference page', () => {
  const html = renderApiReference(doc);

  it('has a section for every operation and every schema', () => {
    for (const item of Object.values(doc.paths)) expect(html).toContain(`id="op-${item.get.operationId}"`);
    for (const name of Object.keys(doc.components.schemas)) expect(html).toContain(`id="schema-${name}"`);
  });

  it('loads nothing but its own stylesheet: no script, no other origin', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'self'`);
  });

  it('escapes the text it is given', () => {
    const hostile = structuredClone(doc) as unknown as { info: { summary: string } };
    hostile.info.summary = '<img src=x onerror=alert(1)>';
    expect(renderApiReference(hostile as unknown as Record<string, unknown>)).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('types in a few words', () => {
  it.each([
    [{ $ref: '#/components/schemas/Value' }, '<a href="#schema-Value">Value</a>'],
    [{ type: 'array', items: { $ref: '#/components/schemas/UnitRef' } }, 'array of <a href="#schema-UnitRef">UnitRef</a>'],
    [{ anyOf: [{ type: 'string', format: 'date' }, { type: 'null' }] }, 'string (date) | null'],
    [{ type: 'integer', minimum: 0, maximum: 9007199254740991 }, 'integer ≥ 0'],
    [{ type: 'object', additionalProperties: { type: 'number' } }, 'map of number'],
    [{ enum: ['flow', 'stock'] }, '<code>&quot;flow&quot;</code> | <code>&quot;stock&quot;</code>'],
  ])('%j → %s', (schema, label) => {
    expect(typeLabel(schema)).toBe(label);
  });
});

describe('the guide as HTML', () => {
  it.each([
    ['## Where to start', '<h3>Where to start</h3>'],
    ['1. `GET v1/meta.json`: first', '<ol>\n<li><code>GET v1/meta.json</code>: first</li>\n</ol>'],
    ['- **null is not 0.** missing\n  continued', '<ul>\n<li><strong>null is not 0.</strong> missing continued</li>\n</ul>'],
    ['a <b> & c', '<p>a &lt;b&gt; &amp; c</p>'],
  ])('%j', (markdown, html) => {
    expect(markdownToHtml(markdown)).toBe(html);
  });
});
