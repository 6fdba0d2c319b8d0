/**
 * A workbook whose conditional formats point at differential styles (`dxfId`) that its styles part
 * does not hold opens in Excel and LibreOffice (the format just shows unstyled), but exceljs stops
 * on it. The check reads values, never formats: the dangling references are dropped from the
 * worksheets' XML so that the values can be read. Nothing else in the package changes.
 */

/** How many differential styles `xl/styles.xml` declares (0 when it has none or no styles part). */
export function countDxfStyles(stylesXml: string | undefined): number {
  if (!stylesXml) return 0;
  const list = /<(?:\w+:)?dxfs\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?dxfs>)/.exec(stylesXml);
  if (!list || list[1] === undefined) return 0;
  return (list[1].match(/<(?:\w+:)?dxf[\s/>]/g) ?? []).length;
}

/** The worksheet XML without `dxfId` attributes of conditional-format rules at or past `count`. */
export function dropDanglingDxfIds(sheetXml: string, count: number): string {
  return sheetXml.replace(/<((?:\w+:)?cfRule)\b([^>]*)>/g, (tag, name: string, attributes: string) => {
    const id = /\sdxfId="(\d+)"/.exec(attributes);
    if (!id || Number(id[1]) < count) return tag;
    return `<${name}${attributes.replace(id[0], '')}>`;
  });
}

/**
 * The package with every dangling conditional-format style reference dropped, or null when it has
 * none (or is not a zip that can be opened): then the workbook is unreadable for another reason.
 */
export async function withoutDanglingDxfIds(bytes: Uint8Array): Promise<Uint8Array | null> {
  const { default: JSZip } = await import('jszip');
  let zip: InstanceType<typeof JSZip>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  const count = countDxfStyles(await zip.file('xl/styles.xml')?.async('string'));
  let changed = false;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async('string');
    const repaired = dropDanglingDxfIds(xml, count);
    if (repaired !== xml) {
      zip.file(path, repaired);
      changed = true;
    }
  }
  return changed ? zip.generateAsync({ type: 'uint8array' }) : null;
}
