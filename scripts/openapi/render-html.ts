/**
 * A reference page for people, generated from docs/openapi.json at build time (api/index.html):
 * the guide, every operation and every schema with its properties. Static HTML and one stylesheet,
 * no script, nothing from another origin, so it works offline and under the strict CSP.
 */
import { escapeHtml, inline, markdownToHtml } from './markdown';

type Json = Record<string, unknown>;
type Schema = Json & { properties?: Record<string, Schema>; required?: string[]; description?: string; examples?: unknown[] };

const componentName = (ref: string) => ref.replace('#/components/schemas/', '');

/** A schema's type in a few words, with links to named components. */
export function typeLabel(schema: Schema | undefined): string {
  if (!schema) return 'any';
  if (typeof schema.$ref === 'string') {
    const name = componentName(schema.$ref);
    return `<a href="#schema-${escapeHtml(name)}">${escapeHtml(name)}</a>`;
  }
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeLabel).join(' | ');
  if (schema.const !== undefined) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(' | ');
  if (schema.type === 'array') {
    if (Array.isArray(schema.prefixItems)) return `[${(schema.prefixItems as Schema[]).map(typeLabel).join(', ')}]`;
    return `array of ${typeLabel(schema.items as Schema)}`;
  }
  if (schema.type === 'object' && schema.additionalProperties) return `map of ${typeLabel(schema.additionalProperties as Schema)}`;
  const limits = [
    schema.minimum !== undefined ? `≥ ${String(schema.minimum)}` : '',
    typeof schema.maximum === 'number' && schema.maximum < 1e15 ? `≤ ${schema.maximum}` : '',
  ].filter(Boolean);
  const format = typeof schema.format === 'string' ? ` (${escapeHtml(schema.format)})` : '';
  return `${escapeHtml(String(schema.type ?? 'any'))}${format}${limits.length ? ` ${limits.join(', ')}` : ''}`;
}

const example = (values: unknown[] | undefined) => {
  if (!values?.length) return '';
  const text = JSON.stringify(values[0]);
  return `<code>${escapeHtml(text.length > 120 ? `${text.slice(0, 117)}…` : text)}</code>`;
};

function schemaSection(name: string, schema: Schema): string {
  const rows = Object.entries(schema.properties ?? {}).map(
    ([prop, s]) =>
      `<tr><th scope="row"><code>${escapeHtml(prop)}</code>${schema.required?.includes(prop) ? '' : ' <span class="optional">optional</span>'}</th><td>${typeLabel(s)}</td><td>${inline(s.description ?? '')}</td><td>${example(s.examples)}</td></tr>`,
  );
  const table = rows.length
    ? `<table><thead><tr><th scope="col">Property</th><th scope="col">Type</th><th scope="col">Meaning</th><th scope="col">Example</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<p>Type: ${typeLabel(schema)}. Example: ${example(schema.examples)}</p>`;
  return `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3><p>${inline(schema.description ?? '')}</p>${table}</section>`;
}

function operationSection(path: string, op: Json): string {
  const parameters = ((op.parameters as Json[] | undefined) ?? []).map(
    (p) => `<li><code>${escapeHtml(String(p.name))}</code> (${escapeHtml(String(p.in))}): ${inline(String(p.description ?? ''))}</li>`,
  );
  const responses = Object.entries(op.responses as Record<string, Json>).map(([status, r]) => {
    const content = r.content as Record<string, { schema: Schema }> | undefined;
    const described = r.$ref ? componentName(String(r.$ref)).replace('#/components/responses/', '') : String(r.description ?? '');
    const body = content
      ? Object.entries(content)
          .map(([type, c]) => ` <code>${escapeHtml(type)}</code> ${typeLabel(c.schema)}`)
          .join('')
      : '';
    return `<li><strong>${escapeHtml(status)}</strong> ${inline(described)}${body}</li>`;
  });
  return `<section id="op-${escapeHtml(String(op.operationId))}"><h3><code>GET ${escapeHtml(path)}</code></h3><p><strong>${inline(String(op.summary))}</strong> (<code>${escapeHtml(String(op.operationId))}</code>). ${inline(String(op.description ?? ''))}</p>${parameters.length ? `<p>Parameters:</p><ul>${parameters.join('')}</ul>` : ''}<p>Responses:</p><ul>${responses.join('')}</ul></section>`;
}

export function renderApiReference(doc: Json, stylesheet = 'openapi.css'): string {
  const info = doc.info as Json & { license: Json };
  const paths = doc.paths as Record<string, { get: Json }>;
  const components = doc.components as { schemas: Record<string, Schema>; responses: Record<string, Json> };
  const errors = Object.entries(components.responses).map(([name, r]) => `<li><strong>${escapeHtml(name)}</strong>: ${inline(String(r.description))}</li>`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))} v${escapeHtml(String(info.version))}</title>
<link rel="stylesheet" href="${escapeHtml(stylesheet)}">
</head>
<body>
<header><h1>${escapeHtml(String(info.title))} <span class="version">v${escapeHtml(String(info.version))}</span></h1>
<p>${inline(String(info.summary ?? ''))}</p>
<p>Machine-readable contract: <a href="openapi.json">openapi.json</a> (OpenAPI ${escapeHtml(String(doc.openapi))}). Licence: ${escapeHtml(String(info.license.name))} (${escapeHtml(String(info.license.identifier ?? ''))}).</p>
<nav aria-label="Contents"><ul><li><a href="#guide">Guide</a></li><li><a href="#operations">Documents</a></li><li><a href="#errors">Errors</a></li><li><a href="#schemas">Schemas</a></li></ul></nav>
</header>
<main>
<section id="guide"><h2>Guide</h2>
${markdownToHtml(String(info.description ?? ''))}
</section>
<section id="operations"><h2>Documents</h2>
${Object.entries(paths)
  .map(([path, item]) => operationSection(path, item.get))
  .join('\n')}
</section>
<section id="errors"><h2>Errors</h2><p>Every error is an HTTP status with a <a href="#schema-Problem">Problem</a> body (<code>application/problem+json</code>).</p><ul>${errors.join('')}</ul></section>
<section id="schemas"><h2>Schemas</h2>
${Object.entries(components.schemas)
  .map(([name, schema]) => schemaSection(name, schema))
  .join('\n')}
</section>
</main>
</body>
</html>
`;
}
