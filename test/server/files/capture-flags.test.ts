import { describe, expect, it } from 'vitest';
import { captureDisagreements } from '../../../server/src/files/media.js';

const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00+08:00`);
const TOLERANCE = 10;

describe('what a clip’s own facts say against the period entered for it', () => {
  const card = { capturedFrom: at('09:00'), capturedTo: at('12:00') };

  it('finds nothing wrong with the clips of a card uploaded with one period for all', () => {
    for (const [start, seconds] of [
      ['09:02', 600],
      ['10:40', 25],
      ['11:58', 120],
    ] as const)
      expect(captureDisagreements(card, { recordedAt: at(start), durationSeconds: seconds }, TOLERANCE)).toEqual([]);
  });

  it('flags a clip longer than the period, beyond the tolerance: it cannot have been captured in it', () => {
    const short = { capturedFrom: at('09:00'), capturedTo: at('09:20') };
    expect(captureDisagreements(short, { recordedAt: at('09:05'), durationSeconds: 31 * 60 }, TOLERANCE)).toEqual([
      'DURATION',
    ]);
    expect(captureDisagreements(short, { recordedAt: at('09:00'), durationSeconds: 29 * 60 }, TOLERANCE)).toEqual([]);
  });

  it('flags a clip whose own time puts it past the end of the period (as its start or as its end)', () => {
    // Stamped 11:55 and an hour long: as a start it ends at 12:55, as an end it began at 10:55 — that fits.
    expect(captureDisagreements(card, { recordedAt: at('11:55'), durationSeconds: 3600 }, TOLERANCE)).toEqual([]);
    // Stamped 09:05 and two hours long: as an end it began at 07:05, as a start it ends at 11:05 — fits.
    expect(captureDisagreements(card, { recordedAt: at('09:05'), durationSeconds: 7200 }, TOLERANCE)).toEqual([]);
    // A 20-minute window; a clip stamped 09:10 lasting 15 minutes runs out of it either way.
    const short = { capturedFrom: at('09:00'), capturedTo: at('09:20') };
    expect(captureDisagreements(short, { recordedAt: at('09:10'), durationSeconds: 15 * 60 }, 0)).toEqual(['DURATION']);
    expect(captureDisagreements(short, { recordedAt: at('09:10'), durationSeconds: 15 * 60 }, TOLERANCE)).toEqual([]);
  });

  it('flags a recording time outside the period beyond the tolerance (a device clock off), either side', () => {
    expect(captureDisagreements(card, { recordedAt: at('08:49'), durationSeconds: 60 }, TOLERANCE)).toEqual([
      'RECORDED_TIME',
    ]);
    expect(captureDisagreements(card, { recordedAt: at('12:11'), durationSeconds: 60 }, TOLERANCE)).toEqual([
      'RECORDED_TIME',
    ]);
    expect(captureDisagreements(card, { recordedAt: at('12:09'), durationSeconds: 60 }, TOLERANCE)).toEqual([]);
  });

  it('says nothing where a fact is missing: no period entered, no time or duration in the file', () => {
    expect(captureDisagreements({}, { recordedAt: at('03:00'), durationSeconds: 99_999 }, TOLERANCE)).toEqual([]);
    expect(captureDisagreements(card, { recordedAt: null, durationSeconds: null }, TOLERANCE)).toEqual([]);
    expect(
      captureDisagreements(
        { capturedFrom: at('09:00') },
        { recordedAt: at('09:05'), durationSeconds: 99_999 },
        TOLERANCE,
      ),
    ).toEqual([]);
  });
});
