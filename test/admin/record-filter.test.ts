import { expect, it } from 'vitest';
import { recordFilter } from '../../admin/src/records/recordData.js';

it('sends the case-side filters of the records list as the server names them, dropping malformed values', () => {
  const f = recordFilter({
    handlingOfficerId: '6f1c2d3e-0000-4000-8000-000000000001',
    procedures: ['LICENSING', 'NOT_A_PROCEDURE'],
    openedFrom: '2026-03-01',
    openedTo: '2026-13-45x',
  });
  expect(f).toMatchObject({
    officerId: '6f1c2d3e-0000-4000-8000-000000000001',
    procedures: ['LICENSING'],
    openedFrom: '2026-03-01',
  });
  expect(f.openedTo).toBeUndefined();
  expect(recordFilter({ procedures: [] }).procedures).toBeUndefined();
});
