/**
 * Regenerates the LibreOffice-saved report fixtures (needs LibreOffice): the tiny dataset's (import
 * tests, and from its good one the workbook whose conditional formats name missing styles) and the
 * demo dataset's (browser check). Run after a catalogue's sheet shape changes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tinyDataset } from '../compile/tiny-dataset';
import { saveWithLibreOffice } from '../office/libreoffice';
import { DEMO_FIXTURE_DIR, DEMO_FIXTURES, demoTemplate, fillDemoBad, fillDemoGood } from './demo-fixtures';
import { fillBad, fillGood, FIXTURE_DIR, FIXTURE_OWNER, FIXTURE_PERIOD, FIXTURES, withMissingDxfStyles } from './suite-fixtures';
import { templateFor } from './test-workbooks';

function save(dir: string, name: string, bytes: Uint8Array): void {
  writeFileSync(join(dir, name), saveWithLibreOffice(name, bytes));
  console.log(`${name} written`);
}

const tiny = await templateFor(tinyDataset(), FIXTURE_OWNER, FIXTURE_PERIOD);
save(FIXTURE_DIR, FIXTURES.good, await fillGood(tiny.bytes));
save(FIXTURE_DIR, FIXTURES.bad, await fillBad(tiny.bytes));
writeFileSync(join(FIXTURE_DIR, FIXTURES.missingStyle), await withMissingDxfStyles(readFileSync(join(FIXTURE_DIR, FIXTURES.good))));
console.log(`${FIXTURES.missingStyle} written`);

const demo = await demoTemplate();
save(DEMO_FIXTURE_DIR, DEMO_FIXTURES.good, await fillDemoGood(demo.bytes, demo.commune));
save(DEMO_FIXTURE_DIR, DEMO_FIXTURES.bad, await fillDemoBad(demo.bytes, demo.commune));
