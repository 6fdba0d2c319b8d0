/**
 * The little Markdown the API guide uses (headings, paragraphs, lists, `code`, **bold**) as HTML,
 * everything escaped first, so the reference page needs no library and no script.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>');
}

export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${inline(paragraph.join(' '))}</p>`);
    paragraph = [];
  };
  const closeList = () => {
    if (list) out.push(`</${list}>`);
    list = null;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{2,4}) (.*)$/.exec(line);
    const item = /^(?:(-)|\d+\.) (.*)$/.exec(line);
    if (heading) {
      flush();
      closeList();
      const level = heading[1]!.length;
      out.push(`<h${level + 1}>${inline(heading[2]!)}</h${level + 1}>`);
    } else if (item) {
      flush();
      const kind = item[1] ? 'ul' : 'ol';
      if (list !== kind) {
        closeList();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inline(item[2]!)}</li>`);
    } else if (!line) {
      flush();
      closeList();
    } else if (list) {
      // A continuation line of the last item.
      out[out.length - 1] = out[out.length - 1]!.replace(/<\/li>$/, ` ${inline(line)}</li>`);
    } else paragraph.push(line);
  }
  flush();
  closeList();
  return out.join('\n');
}
