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

it('tells a person that the 四性 checks still run in the background, apart from other refusals', () => {
  const running = new ApiError('INVALID_STATE', 'The checks are still re-hashing', { reason: 'CHECKS_RUNNING' });
  expect([running.message, running.code]).toEqual(['er.error.CHECKS_RUNNING', 'INVALID_STATE']);
  expect(new ApiError('INVALID_STATE', 'failed', { reason: 'CHECKS_FAILED' }).message).toBe('er.error.INVALID_STATE');
  expect(zh.er.error.CHECKS_RUNNING).toMatch(/后台/);
  expect(en.er.error.CHECKS_RUNNING).toMatch(/background/);
});

it('says "check the marked fields" only when a field is marked; otherwise asks to reload, or words the reason', () => {
  expect(new ApiError('BAD_USER_INPUT', 'x', { field: 'note' }, { note: 'k' }).message).toBe('er.error.BAD_USER_INPUT');
  expect(new ApiError('BAD_USER_INPUT', 'x', { field: 'recordIds' }).message).toBe('er.error.BAD_USER_INPUT_UNMARKED');
  const refused = new ApiError('BAD_USER_INPUT', 'Not every record…', { field: 'recordIds', reason: 'NOT_DISPOSABLE' });
  expect(refused.message).toBe('er.error.NOT_DISPOSABLE');
  expect(zh.er.error.BAD_USER_INPUT_UNMARKED).toMatch(/刷新/);
  expect(zh.er.error.NOT_DISPOSABLE).toMatch(/保全/);
  expect(en.er.error.NOT_DISPOSABLE).toMatch(/hold/);
});
