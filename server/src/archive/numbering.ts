import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../common/dates.js';
import type { RetentionPeriod } from './archive.enums.js';
import { PERIOD_CODE } from './retention.js';

/** The next number of `kind` in `year` from the archive's counter (never reused, safe under concurrency). */
export async function nextSeq(em: EntityManager, kind: string, year: number): Promise<number> {
  const [{ last_seq: seq }] = await em.execute<{ last_seq: number }[]>(
    `insert into archive_counter (kind, year, last_seq) values (?, ?, 1)
     on conflict (kind, year) do update set last_seq = archive_counter.last_seq + 1 returning last_seq`,
    [kind, year],
  );
  return seq;
}

/** A paper's number, e.g. YJ-2026-0004 (transfers), XH-… (disposal lists), CC-… (media sets). */
export async function nextPaperNumber(em: EntityManager, kind: string): Promise<string> {
  const year = Number(today().slice(0, 4));
  return `${kind}-${year}-${String(await nextSeq(em, kind, year)).padStart(4, '0')}`;
}

/**
 * 档号 from `pattern` ({fonds} {year} {period} {unit} {seq}); the sequence runs per year and per
 * everything else the pattern names.
 */
export async function nextArchiveNumber(
  em: EntityManager,
  p: { pattern: string; fonds: string; unitCode: string; period: RetentionPeriod; acceptedOn: string },
): Promise<string> {
  const year = Number(p.acceptedOn.slice(0, 4));
  const fill = (seq: string) =>
    p.pattern
      .replaceAll('{fonds}', p.fonds)
      .replaceAll('{year}', String(year))
      .replaceAll('{period}', PERIOD_CODE[p.period])
      .replaceAll('{unit}', p.unitCode)
      .replaceAll('{seq}', seq);
  const seq = await nextSeq(em, `A:${fill('#')}`.slice(0, 100), year);
  return fill(String(seq).padStart(4, '0'));
}
