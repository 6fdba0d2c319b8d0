import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { countDxfStyles, dropDanglingDxfIds, withoutDanglingDxfIds } from './repair-styles';

const RULE = (attrs: string) => `<cfRule type="expression" priority="1"${attrs}><formula>A1&lt;0</formula></cfRule>`;

describe('countDxfStyles', () => {
  it.each([
    ['no styles part', undefined, 0],
    ['no dxfs list', '<styleSheet><fonts count="1"><font/></fonts></styleSheet>', 0],
    ['an empty self-closed list', '<styleSheet><dxfs count="0"/></styleSheet>', 0],
    ['an empty list', '<styleSheet><dxfs count="0"></dxfs></styleSheet>', 0],
    ['two styles', '<styleSheet><dxfs count="2"><dxf><font><b/></font></dxf><dxf/></dxfs></styleSheet>', 2],
    ['a prefixed list', '<x:styleSheet><x:dxfs count="1"><x:dxf><x:font/></x:dxf></x:dxfs></x:styleSheet>', 1],
    ['a count attribute that lies', '<styleSheet><dxfs count="5"><dxf/></dxfs></styleSheet>', 1],
  ])('%s', (_, xml, expected) => {
    expect(countDxfStyles(xml)).toBe(expected);
  });
});

describe('dropDanglingDxfIds', () => {
  it.each([
    ['keeps a reference to an existing style', RULE(' dxfId="0"'), 1, RULE(' dxfId="0"')],
    ['drops a reference past the last style', RULE(' dxfId="1"'), 1, RULE('')],
    ['drops every reference when there are no styles', RULE(' dxfId="0"') + RULE(' dxfId="3"'), 0, RULE('') + RULE('')],
    ['keeps a rule without a style', RULE(''), 0, RULE('')],
    ['leaves cells alone', '<c r="A1" s="7"><v>3</v></c>', 0, '<c r="A1" s="7"><v>3</v></c>'],
  ])('%s', (_, xml, count, expected) => {
    expect(dropDanglingDxfIds(xml, count)).toBe(expected);
  });
});

describe('withoutDanglingDxfIds', () => {
  const pack = async (files: Record<string, string>) => {
    const zip = new JSZip();
    for (const [path, text] of Object.entries(files)) zip.file(path, text);
    return zip.generateAsync({ type: 'uint8array' });
  };

  it('rewrites only the worksheets that name a missing style', async () => {
    const bytes = await pack({
      'xl/styles.xml': '<styleSheet><dxfs count="1"><dxf/></dxfs></styleSheet>',
      'xl/worksheets/sheet1.xml': `<worksheet>${RULE(' dxfId="0"')}</worksheet>`,
      'xl/worksheets/sheet2.xml': `<worksheet>${RULE(' dxfId="2"')}</worksheet>`,
    });
    const repaired = await JSZip.loadAsync((await withoutDanglingDxfIds(bytes))!);
    expect(await repaired.file('xl/worksheets/sheet1.xml')!.async('string')).toBe(`<worksheet>${RULE(' dxfId="0"')}</worksheet>`);
    expect(await repaired.file('xl/worksheets/sheet2.xml')!.async('string')).toBe(`<worksheet>${RULE('')}</worksheet>`);
  });

  it('says there is nothing to repair in a sound package or in bytes that are not a zip', async () => {
    const sound = await pack({ 'xl/styles.xml': '<dxfs count="1"><dxf/></dxfs>', 'xl/worksheets/sheet1.xml': RULE(' dxfId="0"') });
    expect(await withoutDanglingDxfIds(sound)).toBeNull();
    expect(await withoutDanglingDxfIds(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toBeNull();
  });
});
