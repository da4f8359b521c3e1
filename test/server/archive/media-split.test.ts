import { describe, expect, it } from 'vitest';
import { MEDIUM_CAPACITY, MediumType } from '../../../server/src/archive/archive.enums.js';
import {
  FILE_SYSTEM_MARGIN,
  mediumFor,
  packFirstFitDecreasing,
  TooLargeForMediumError,
  usableBytes,
  zipEntryOverhead,
  zipSizeBound,
} from '../../../server/src/archive/media-split.js';
import { addYear, tooLarge, VOLUME_RESERVE } from '../../../server/src/archive/media.service.js';

const items = (...costs: number[]) => costs.map((cost, i) => ({ item: `f${i}`, name: `file ${i}`, cost }));

describe('packing whole files onto media (first-fit decreasing)', () => {
  it('puts the largest first and each into the first volume with room', () => {
    // 7, 5, 4, 3, 1 into 10: [7,3], [5,4,1]
    expect(packFirstFitDecreasing(items(4, 7, 1, 5, 3), 10)).toEqual([
      ['f1', 'f4'],
      ['f3', 'f0', 'f2'],
    ]);
  });

  it('fills a volume exactly to the byte, and opens another for one byte more', () => {
    expect(packFirstFitDecreasing(items(600, 400), 1000)).toEqual([['f0', 'f1']]);
    expect(packFirstFitDecreasing(items(600, 401), 1000)).toEqual([['f0'], ['f1']]);
  });

  it('takes a file exactly the size of a medium, alone', () => {
    expect(packFirstFitDecreasing(items(1000, 1), 1000)).toEqual([['f0'], ['f1']]);
  });

  it('refuses up front a file larger than one medium, naming it, and places nothing', () => {
    let error: unknown;
    try {
      packFirstFitDecreasing(items(10, 1001, 5000), 1000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooLargeForMediumError);
    // The largest offender is named, with what it needs and what a medium holds.
    expect((error as TooLargeForMediumError).itemName).toBe('file 2');
    expect((error as Error).message).toContain('file 2 needs 5000 bytes');
    expect((error as Error).message).toContain('1000 bytes usable');
  });

  it('packs the same input the same way (equal sizes keep their order)', () => {
    expect(packFirstFitDecreasing(items(5, 5, 5), 10)).toEqual([['f0', 'f1'], ['f2']]);
  });

  it('gives no volume for nothing to pack', () => {
    expect(packFirstFitDecreasing([], 10)).toEqual([]);
  });
});

describe('room on a medium', () => {
  it('keeps a margin for the file system', () => {
    expect(usableBytes(1_000_000)).toBe(Math.floor(1_000_000 * (1 - FILE_SYSTEM_MARGIN)));
    expect(usableBytes(MEDIUM_CAPACITY.CD)).toBeLessThan(700 * 1024 * 1024);
  });

  it('bounds a zip: stored entries exactly, deflated ones with their worst growth, names counted in UTF-8', () => {
    expect(zipEntryOverhead('data/录像.mp4')).toBe(zipEntryOverhead('data/ab.mp4') + 2 * (6 - 2));
    const bound = zipSizeBound([
      { name: 'a', size: 100 },
      { name: 'b', size: 2048, deflated: true },
    ]);
    expect(bound).toBe(zipEntryOverhead('a') + 100 + zipEntryOverhead('b') + 2048 + 2 + 64 + 22 + 56 + 20);
  });

  it('suggests the smallest disc that would hold a file', () => {
    expect(mediumFor(100_000_000, VOLUME_RESERVE)).toBe(MediumType.CD);
    expect(mediumFor(1_000_000_000, VOLUME_RESERVE)).toBe(MediumType.DVD);
    expect(mediumFor(10_000_000_000, VOLUME_RESERVE)).toBe(MediumType.BD);
    expect(mediumFor(30_000_000_000, VOLUME_RESERVE)).toBeNull();
  });

  it('words the refusal of a too-large file with its name and a larger medium', () => {
    const e = tooLarge('现场执法录像', 900_000_000, MediumType.CD, usableBytes(MEDIUM_CAPACITY.CD) - VOLUME_RESERVE);
    expect(e.message).toMatch(
      /"现场执法录像" \(900 MB\) does not fit on one CD .*choose a larger medium: a DVD or larger/,
    );
    expect(e.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { reason: 'TOO_LARGE_FOR_MEDIUM', suggested: 'DVD' },
    });
    const huge = tooLarge('监控录像', 40_000_000_000, MediumType.BD, usableBytes(MEDIUM_CAPACITY.BD));
    expect(huge.message).toContain('a USB drive large enough');
  });

  it('sets the re-check on the same day a year on', () => {
    expect(addYear('2026-11-29')).toBe('2027-11-29');
    expect(addYear('2028-02-29')).toBe('2029-02-28');
    expect(addYear('2027-02-28')).toBe('2028-02-28');
  });
});
