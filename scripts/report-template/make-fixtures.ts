/** Regenerates the LibreOffice-saved report fixtures (needs LibreOffice); run after the tiny dataset's catalogue changes. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tinyDataset } from '../compile/tiny-dataset';
import { saveWithLibreOffice } from '../office/libreoffice';
import { fillBad, fillGood, FIXTURE_DIR, FIXTURE_OWNER, FIXTURE_PERIOD, FIXTURES } from './suite-fixtures';
import { templateFor } from './test-workbooks';

const { bytes } = await templateFor(tinyDataset(), FIXTURE_OWNER, FIXTURE_PERIOD);
for (const [name, fillIn] of [
  [FIXTURES.good, fillGood],
  [FIXTURES.bad, fillBad],
] as const) {
  writeFileSync(join(FIXTURE_DIR, name), saveWithLibreOffice(name, await fillIn(bytes)));
  console.log(`${name} written`);
}
