/**
 * Rewrites a workbook the way Google Sheets writes its .xlsx downloads, so that the check can be
 * tested on that shape without a Google account: strings inline in each cell instead of a shared
 * table, no cell styles, no sheet protection, rows without spans or dimension, formula results
 * cached as strings, a very hidden sheet only hidden, and package paths written absolute.
 */
import JSZip from 'jszip';

/** One plain cell format; the differential formats that conditional formatting points at are kept. */
const minimalStyles = (dxfs: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border/></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  dxfs +
  '</styleSheet>';

/** The inner XML of each shared string item (plain or rich text), by index. */
function sharedStrings(xml: string): string[] {
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => m[1] ?? '<t></t>');
}

function reshapeSheet(xml: string, strings: readonly string[]): string {
  return (
    xml
      .replace(/<dimension [^>]*\/>/, '')
      .replace(/<sheetProtection [^>]*\/>/, '')
      .replace(/ (?:spans|x14ac:dyDescent)="[^"]*"/g, '')
      .replace(/(<(?:c|row) [^>]*?) s="\d+"/g, '$1')
      .replace(/ customFormat="1"/g, '')
      // A shared string becomes an inline one.
      .replace(
        /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
        (_, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is>${strings[Number(i)] ?? '<t></t>'}</is></c>`,
      )
      // A formula keeps its result, cached as a string (the template's check formulas yield text or "").
      .replace(/<c ([^>]*?)><f>([^<]*)<\/f><\/c>/g, (_, a: string, f: string) => `<c ${a} t="str"><f>${f}</f><v></v></c>`)
  );
}

export async function reshapeAsGoogleSheets(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const sst = zip.file('xl/sharedStrings.xml');
  const strings = sst ? sharedStrings(await sst.async('string')) : [];
  for (const name of Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
    zip.file(name, reshapeSheet(await zip.file(name)!.async('string'), strings));
  }
  zip.remove('xl/sharedStrings.xml');
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', minimalStyles(/<dxfs[\s\S]*?<\/dxfs>|<dxfs[^>]*\/>/.exec(styles)?.[0] ?? ''));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace(/<Override PartName="\/xl\/sharedStrings\.xml"[^>]*\/>/, ''));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, '').replace(/Target="(?!\/)([^"]+)"/g, 'Target="/xl/$1"'));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', workbook.replace(/state="veryHidden"/g, 'state="hidden"'));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
