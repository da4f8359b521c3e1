import { create as contentDisposition } from 'content-disposition';
import canonicalize from 'canonicalize';
import { validate } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { AppError, badInput } from '../common/errors.js';
import { sendError } from '../http/respond.js';
import type { Context } from '../context.js';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';
import { AuditEventFilter, auditWhere } from './audit-filter.js';

/** Rows read from PostgreSQL per keyset page: the export never holds more than this in memory. */
export const EXPORT_BATCH = 1000;

export const AUDIT_CSV_COLUMNS = [
  'seq',
  'at',
  'actor_id',
  'actor_name',
  'action',
  'outcome',
  'subject_type',
  'subject_id',
  'client_address',
  'details',
  'prev_hash',
  'hash',
] as const;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula (a sign-in name tried
 * as `=HYPERLINK(…)`) gets a leading apostrophe, as OWASP advises; a verifier strips it.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV line of an event: every field the hash covers, so the chain can be checked from the file. */
export function auditCsvLine(e: AuditEvent): string {
  return (
    [
      e.seq,
      e.at.toISOString(),
      e.actorId,
      e.actorName,
      e.action,
      e.outcome,
      e.subjectType,
      e.subjectId,
      e.clientAddress,
      canonicalize(e.details) ?? '{}',
      e.prevHash,
      e.hash,
    ]
      .map(csvCell)
      .join(',') + '\r\n'
  );
}

const FILTER_KEYS = ['actorId', 'action', 'outcome', 'subjectType', 'subjectId', 'recordId', 'caseId'] as const;

/** The `filter` query parameter (JSON of AuditEventFilter), validated as GraphQL would. */
export async function parseExportFilter(raw: unknown): Promise<AuditEventFilter> {
  const filter = new AuditEventFilter();
  if (raw === undefined || raw === '') return filter;
  let parsed: unknown;
  try {
    parsed = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw badInput('filter must be a JSON object', { field: 'filter' });
  const given = parsed as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (value === null || value === undefined || value === '') continue;
    if ((FILTER_KEYS as readonly string[]).includes(key) && typeof value === 'string') {
      (filter as Record<string, unknown>)[key] = value;
    } else if ((key === 'from' || key === 'to') && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
      filter[key] = new Date(value);
    } else throw badInput(`filter.${key} is not a valid filter field`, { field: `filter.${key}` });
  }
  if (filter.outcome && !Object.values(AuditOutcome).includes(filter.outcome))
    throw badInput('filter.outcome is not an outcome', { field: 'filter.outcome' });
  const problems = await validate(filter, { skipMissingProperties: true });
  if (problems.length) throw badInput(`Invalid filter: ${problems.map((p) => p.property).join(', ')}`);
  return filter;
}

/**
 * GET /exports/audit.csv?filter=…: the filtered trail as UTF-8 CSV with a BOM (Excel reads the
 * Chinese right), oldest first, streamed in keyset pages up to the last event at the start.
 * Allowed by the rule that lets the caller read the trail; the export itself is audited.
 */
export async function exportAuditCsv(ctx: Context, req: Request, res: Response): Promise<void> {
  try {
    await ctx.authz.ensureType('read', 'AuditEvent', 'auditEvents.export');
    await ctx.services.expensive.consume(ctx, 'auditEvents.export');
    const filter = await parseExportFilter(req.query.filter);
    const allowed = ctx.authz.filter<AuditEvent>('read', 'AuditEvent', AuditEvent);
    await ctx.services.audit.settle(ctx.em);
    const [last] = await ctx.em.execute<{ seq: string | null }[]>('select max(seq) as seq from audit_event');
    const upTo = Number(last?.seq ?? 0);
    await ctx.services.audit.append(ctx.em, ctx.actor, {
      action: 'auditEvents.export',
      subjectType: 'AuditEvent',
      details: { filter: JSON.parse(JSON.stringify(filter)) as Record<string, unknown>, upToSeq: upTo, format: 'csv' },
    });
    const where = [...(allowed ? [allowed] : [{ seq: { $in: [] } }]), ...auditWhere(filter)];
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:T]/g, '');
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', contentDisposition(`audit-${stamp}.csv`));
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await write(res, `\uFEFF${AUDIT_CSV_COLUMNS.join(',')}\r\n`);
    const em = ctx.em.fork({ clear: true });
    let after = 0;
    for (;;) {
      if (res.destroyed) return;
      const page = await em.find(
        AuditEvent,
        { $and: [...where, { seq: { $gt: after, $lte: upTo } }] } as FilterQuery<AuditEvent>,
        { orderBy: { seq: 'asc' }, limit: EXPORT_BATCH },
      );
      if (page.length === 0) break;
      await write(res, page.map(auditCsvLine).join(''));
      after = page[page.length - 1].seq;
      em.clear();
      if (page.length < EXPORT_BATCH) break;
    }
    res.end();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (res.headersSent) return void res.destroy(error);
    sendError(res, error);
  }
}

/** Writes and waits for the socket to drain when its buffer is full (backpressure). */
function write(res: Response, chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (res.write(chunk, 'utf8')) return resolve();
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
