import { describe, expect, it } from 'vitest';
import { baseName, formatBytes, formatDuration, withOffset } from '../../../admin/src/files/format.js';
import { kindFor, uploadMetadata } from '../../../admin/src/files/metadata.js';
import { isTransient, keepsEarlierUpload, refusalOf } from '../../../admin/src/files/refusal.js';
import { Speedometer } from '../../../admin/src/files/speed.js';

const file = (name: string, type: string) => ({ name, type }) as File;

/** A tus-js-client error as it reaches onError: the request's answer, or none when the network failed. */
const tusError = (status?: number, body = '') =>
  Object.assign(new Error('tus: failed'), {
    originalResponse: status === undefined ? null : { getStatus: () => status, getBody: () => body },
  });

describe('upload page helpers', () => {
  it('formats sizes, durations, titles and capture times', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(10 * 1024 ** 2)).toBe('10 MB');
    expect(formatDuration(83.4)).toBe('1:23');
    expect(formatDuration(3723)).toBe('1:02:03');
    expect(baseName('现场检查.录像.mp4')).toBe('现场检查.录像');
    expect(baseName('.mp4')).toBe('.mp4');
    const iso = withOffset('2026-11-20T10:00')!;
    expect(iso).toMatch(/^2026-11-20T10:00:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso).getTime()).toBe(new Date('2026-11-20T10:00').getTime());
    expect(withOffset('')).toBeUndefined();
  });

  it('sorts a camera card by file type among audio/video kinds, and keeps a text kind as chosen', () => {
    expect(kindFor(file('a.mp4', 'video/mp4'), 'VIDEO')).toBe('VIDEO');
    expect(kindFor(file('a.mp4', 'video/mp4'), 'SURVEILLANCE')).toBe('SURVEILLANCE');
    expect(kindFor(file('a.jpg', 'image/jpeg'), 'VIDEO')).toBe('PHOTO');
    expect(kindFor(file('a.wav', 'audio/wav'), 'PHOTO')).toBe('AUDIO');
    expect(kindFor(file('a.pdf', 'application/pdf'), 'VIDEO')).toBe('VIDEO');
    expect(kindFor(file('a.jpg', 'image/jpeg'), 'SERVICE_RECEIPT')).toBe('SERVICE_RECEIPT');
  });

  it('writes the metadata the server reads: recording facts for audio/video, document facts for text', () => {
    const values = {
      caseId: 'c1',
      stage: 'INQUIRY',
      officerId: 'u1',
      capturedFrom: '2026-11-20T10:00',
      capturedTo: '2026-11-20T10:05',
      partyNotified: 'false',
      deviceNumber: ' ZFJLY-023 ',
      documentNumber: '平市监综罚〔2026〕15号',
      confidentiality: 'TRADE_SECRET',
      secretLevel: 'SECRET',
      longTerm: false,
      longTermReason: 'ignored',
    };
    const av = uploadMetadata(values, { name: 'clip.mp4' }, ' ', 'VIDEO');
    expect(Object.keys(av).sort()).toEqual(
      [
        'filename',
        'caseId',
        'kind',
        'title',
        'stage',
        'officerId',
        'capturedFrom',
        'capturedTo',
        'partyNotified',
        'deviceNumber',
        'confidentiality',
        'longTerm',
      ].sort(),
    );
    expect(av).toMatchObject({ title: 'clip', partyNotified: 'false', deviceNumber: 'ZFJLY-023', longTerm: 'false' });
    const text = uploadMetadata(
      { ...values, confidentiality: 'STATE_SECRET', longTerm: true, longTermReason: '重要证据' },
      { name: 'decision.pdf' },
      '处罚决定书',
      'ENFORCEMENT_DOCUMENT',
    );
    expect(text).toEqual({
      filename: 'decision.pdf',
      caseId: 'c1',
      kind: 'ENFORCEMENT_DOCUMENT',
      title: '处罚决定书',
      stage: 'INQUIRY',
      documentNumber: '平市监综罚〔2026〕15号',
      confidentiality: 'STATE_SECRET',
      secretLevel: 'SECRET',
      longTerm: 'true',
      longTermReason: '重要证据',
    });
  });

  it('reads the server refusals and tells final ones from those worth retrying', () => {
    const json = (code: string, details?: object) => JSON.stringify({ error: { code, message: 'x', details } });
    expect(refusalOf(tusError(400, json('BAD_USER_INPUT', { field: 'officerId' })))).toEqual({
      status: 400,
      code: 'BAD_USER_INPUT',
      field: 'officerId',
    });
    expect(refusalOf(tusError(415, json('UNSUPPORTED_MEDIA_TYPE', { detected: 'application/pdf' })))).toEqual({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      detected: 'application/pdf',
    });
    expect(refusalOf(tusError(413, 'Maximum size exceeded')).code).toBe('TOO_LARGE');
    expect(refusalOf(tusError(403, json('FORBIDDEN'))).code).toBe('FORBIDDEN');
    const network = refusalOf(tusError());
    expect([network.code, isTransient(network), keepsEarlierUpload(network)]).toEqual(['NETWORK', true, true]);
    expect(isTransient(refusalOf(tusError(503, 'busy')))).toBe(true);
    expect(isTransient(refusalOf(tusError(409, 'offset mismatch')))).toBe(true);
    expect(isTransient(refusalOf(tusError(409, json('INVALID_STATE'))))).toBe(false);
    // A new version made from a record someone else corrected meanwhile is final, and says so.
    const stale = refusalOf(tusError(409, json('CONFLICT', { reason: 'CHANGED_MEANWHILE' })));
    expect([stale.code, isTransient(stale)]).toEqual(['CHANGED_MEANWHILE', false]);
    const signedOut = refusalOf(tusError(401, json('UNAUTHENTICATED')));
    expect([isTransient(signedOut), keepsEarlierUpload(signedOut)]).toEqual([false, true]);
    expect(keepsEarlierUpload(refusalOf(tusError(415, json('UNSUPPORTED_MEDIA_TYPE'))))).toBe(false);
  });

  it('measures speed and time left over the last seconds', () => {
    const meter = new Speedometer();
    expect(meter.sample('a', 0, 10_000_000, 0)).toEqual({ speed: null, remaining: null });
    expect(meter.sample('a', 1_000_000, 10_000_000, 200)).toEqual({ speed: null, remaining: null });
    expect(meter.sample('a', 2_000_000, 10_000_000, 1000)).toEqual({ speed: 2_000_000, remaining: 4 });
    expect(meter.sample('a', 9_000_000, 10_000_000, 7000).speed).toBe(7_000_000 / 6);
    meter.reset('a');
    expect(meter.sample('a', 9_000_000, 10_000_000, 8000).speed).toBeNull();
  });
});
