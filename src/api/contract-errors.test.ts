import { describe, expect, it } from 'vitest';
import { faults } from '../../mocks/faults';
import { server } from '../../mocks/server';
import { ApiError } from './api-error';
import { getUnit } from './get-unit';
import { getMeta } from './get-meta';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected the request to fail');
}

describe('responses are checked against the contract on arrival', () => {
  it('accepts the compiled documents', async () => {
    const doc = await getUnit('058');
    expect(doc.unit.name).toBe('Thành phố Bắc Kạn');
    expect(doc.children.map((c) => c.code)).toContain('01846');
  });

  it.each([
    ['a field of the wrong type', (d: Record<string, unknown>) => ((d.unit as Record<string, unknown>).level = 'hai'), 'unit.level'],
    ['a missing field', (d: Record<string, unknown>) => delete (d.unit as Record<string, unknown>).name, 'unit.name'],
    [
      'a wrong cell in a series',
      (d: Record<string, unknown>) => {
        const figures = d.figures as Record<string, { series: Record<string, { values: unknown[] }> }>;
        figures['058']!.series['P8.1.3']!.values[0] = 'nhiều';
      },
      'figures.058.series.P8.1.3.values.0',
    ],
  ])('reports %s as a contract error naming the field', async (_name, alter, field) => {
    server.use(faults.contract(alter, (p) => p === 'v1/units/058.json'));
    const error = await failure(getUnit('058'));
    expect(error.kind).toBe('contract');
    expect(error.details.field).toBe(field);
  });

  it('reports malformed JSON as such', async () => {
    server.use(faults.malformed());
    expect((await failure(getMeta())).kind).toBe('malformed');
  });
});
