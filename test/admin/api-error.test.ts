import { expect, it } from 'vitest';
import { ApiError } from '../../admin/src/graphql/client.js';
import { en } from '../../admin/src/i18n/en.js';
import { zh } from '../../admin/src/i18n/zh.js';

it('tells a person that someone else changed the item a moment ago, apart from other conflicts', () => {
  const changed = new ApiError('CONFLICT', 'Someone else changed this', { reason: 'CHANGED_MEANWHILE' });
  expect([changed.message, changed.status, changed.code]).toEqual(['er.error.CHANGED_MEANWHILE', 409, 'CONFLICT']);
  expect(new ApiError('CONFLICT', 'Device number taken').message).toBe('er.error.CONFLICT');
  expect(zh.er.error.CHANGED_MEANWHILE).toMatch(/刷新/);
  expect(en.er.error.CHANGED_MEANWHILE).toMatch(/reload/);
});
