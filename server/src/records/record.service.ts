import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { LongTermReason } from '../archive/archive.enums.js';
import { bumpHoldCount, holdReason } from '../archive/hold.service.js';
import type { AuditService } from '../audit/audit.service.js';
import { Case } from '../cases/case.entity.js';
import { caseWhere } from '../cases/case.service.js';
import { GrantAction } from '../access-requests/access.enums.js';
import { grantUsed } from '../access-requests/access-request.service.js';
import { draftOf } from '../common/base.entity.js';
import { badInput, changedMeanwhile, invalidState } from '../common/errors.js';
import { containsPattern, listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { Clearance, clearanceRank } from '../users/roles.js';
import { User } from '../users/user.entity.js';
import { isUuid } from '../common/identifiers.js';
import type { RecordFields } from './record-fields.js';
import { RecordHold } from './record-hold.entity.js';
import { RecordVersion } from './record-version.entity.js';
import { EnforcementRecord } from './record.entity.js';
import { Confidentiality, isAv, type RecordKind } from './record.enums.js';
import type { CreateRecordInput, RecordFilter, RecordMetadataInput } from './record.inputs.js';

/** The metadata a version carries, in a fixed order. */
export const METADATA_KEYS = [
  'title',
  'stage',
  'capturedFrom',
  'capturedTo',
  'location',
  'deviceNumber',
  'officer',
  'partyNotified',
  'confidentiality',
  'secretLevel',
  'secretRank',
  'longTerm',
  'longTermReason',
  'documentNumber',
  'issuedTo',
  'body',
  'fileId',
  'fileName',
] as const satisfies readonly (keyof RecordFields)[];
type Metadata = Pick<RecordFields, (typeof METADATA_KEYS)[number]>;

/** A stored file a record version carries, with the name it was uploaded under. */
export interface FileRef {
  fileId: string;
  fileName: string;
}

const SORTABLE = ['createdAt', 'updatedAt', 'capturedFrom', 'title', 'kind', 'version'] as const;

const comparable = (v: unknown) => (v instanceof Date ? v.getTime() : v instanceof User ? v.id : (v ?? null));

/** Refuses metadata that does not fit the record's kind (Art. 3, 8, 15, 20). */
function checkMetadata(kind: RecordKind, m: Metadata): void {
  const fail = (field: string, message: string) => {
    throw badInput(message, { field });
  };
  if (!m.title?.trim()) fail('title', 'A record needs a title');
  if (m.capturedFrom && m.capturedTo && m.capturedFrom > m.capturedTo)
    fail('capturedTo', 'capturedTo is before capturedFrom');
  if (isAv(kind)) {
    if (!m.officer) fail('officerId', 'Audio/video needs the officer who recorded it');
    if (!m.capturedFrom || !m.capturedTo)
      fail('capturedFrom', 'Audio/video needs the time it was captured (from and to)');
    if (m.partyNotified === null || m.partyNotified === undefined)
      fail('partyNotified', 'Say whether the party was told that recording was on (Art. 8)');
    if (m.body) fail('body', 'Audio/video carries a file, not written text');
  } else {
    if (m.partyNotified !== null && m.partyNotified !== undefined)
      fail('partyNotified', 'Only audio/video has the recording notice');
    if (!m.body?.trim() && !m.fileId) fail('body', 'A text record needs its text or a file');
  }
  const secret = m.confidentiality === Confidentiality.STATE_SECRET;
  if (secret && (!m.secretLevel || m.secretLevel === Clearance.NONE))
    fail('secretLevel', 'A state secret needs its level (秘密, 机密 or 绝密)');
  if (!secret && m.secretLevel) fail('secretLevel', 'Only a state secret has a secret level');
  if (m.longTerm && !m.longTermReason?.trim())
    fail('longTermReason', 'Long-term preservation needs its Art. 15 reason');
  if (!m.longTerm && m.longTermReason) fail('longTermReason', 'A reason is only for long-term preservation');
}

/** 执法记录: created, corrected only by new versions, never deleted (Art. 21). */
export class RecordService {
  constructor(private readonly audit: AuditService) {}

  async list(ctx: Context, filter: RecordFilter | undefined, page: PageArgs) {
    return listReadable(
      ctx.em,
      ctx.authz,
      EnforcementRecord,
      'Record',
      recordWhere(
        filter,
        filter?.q ? await casesMatching(ctx.em, filter.q) : null,
        typeof filter?.fixityFailed === 'boolean' ? await failingFiles(ctx.em) : null,
      ),
      page,
      SORTABLE,
      { createdAt: 'desc', id: 'asc' },
    );
  }

  async get(ctx: Context, id: string, operation = 'record.read'): Promise<EnforcementRecord> {
    const found = isUuid(id)
      ? await ctx.em.findOne(EnforcementRecord, { id }, { populate: ['case', 'case.unit'] })
      : null;
    if (!found) throw await ctx.authz.missing('Record', id, operation);
    await ctx.authz.ensure('read', found, operation);
    return found;
  }

  private async officer(ctx: Context, c: Case, id: string | null | undefined): Promise<User | null> {
    if (!id) return null;
    const officer = await ctx.em.findOne(User, { id, unit: c.unit.id });
    if (!officer) throw badInput('The recording officer must be a member of the case’s unit', { field: 'officerId' });
    return officer;
  }

  private async resolve(ctx: Context, c: Case, input: RecordMetadataInput, base: Partial<Metadata>): Promise<Metadata> {
    const m = { ...base } as Record<string, unknown>;
    for (const key of METADATA_KEYS) {
      if (key === 'officer' || key === 'secretRank' || key === 'fileId' || key === 'fileName') continue;
      const value = (input as Record<string, unknown>)[key];
      if (value !== undefined) m[key] = typeof value === 'string' ? value.trim() || null : value;
    }
    if (input.officerId !== undefined) m.officer = await this.officer(ctx, c, input.officerId);
    const level = (m.secretLevel as Clearance | null | undefined) ?? null;
    m.secretRank = level ? clearanceRank(level) : 0;
    m.confidentiality ??= Confidentiality.NONE;
    m.longTerm ??= false;
    return m as unknown as Metadata;
  }

  /**
   * Validates a new record and checks the caller may create it, writing nothing: the intake runs
   * this when an upload is created, before any byte is stored.
   */
  async prepare(ctx: Context, input: CreateRecordInput, file: FileRef | null = null) {
    const c = await ctx.services.cases.get(ctx, input.caseId, 'record.create');
    const m = await this.resolve(ctx, c, input, { fileId: file?.fileId ?? null, fileName: file?.fileName ?? null });
    checkMetadata(input.kind, m);
    const draft = draftOf(EnforcementRecord, { ...m, case: c, unit: c.unit, kind: input.kind });
    await ctx.authz.ensure('create', draft, 'record.create');
    return { c, m };
  }

  /** Creates a record and its first version. `file` comes from the intake of an upload. */
  async create(ctx: Context, input: CreateRecordInput, file: FileRef | null = null): Promise<EnforcementRecord> {
    const { c: read, m } = await this.prepare(ctx, input, file);
    return ctx.em.transactional(async (em) => {
      // Checked again under the case's lock: a case compiled for transfer (or archived) while an
      // upload was being stored takes no new record.
      const c = await lockCase(em, read.id);
      await ctx.authz.ensure(
        'create',
        draftOf(EnforcementRecord, { ...m, case: c, unit: c.unit, kind: input.kind }),
        'record.create',
      );
      const record = em.create(EnforcementRecord, {
        ...m,
        case: c,
        unit: c.unit,
        kind: input.kind,
        createdBy: ctx.user!,
      });
      em.create(RecordVersion, { ...m, record, kind: record.kind, version: 1, createdBy: ctx.user! });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'record.create',
        subjectType: 'Record',
        subjectId: record.id,
        details: {
          caseId: c.id,
          kind: record.kind,
          title: record.title,
          confidentiality: record.confidentiality,
          ...(file ? { fileId: file.fileId } : {}),
        },
      });
      return record;
    });
  }

  /** A metadata correction: a new version with its reason; the old versions stay as they were. */
  async correct(
    ctx: Context,
    id: string,
    input: RecordMetadataInput,
    reason: string,
    file: FileRef | null = null,
  ): Promise<EnforcementRecord> {
    const next = await this.prepareCorrection(ctx, id, input, reason, file);
    const { record } = next;
    return this.writeCorrection(ctx, record, next.metadata, next.changed, reason, file);
  }

  /** Validates a correction (or a new file version) and checks the caller may make it; writes nothing. */
  async prepareCorrection(
    ctx: Context,
    id: string,
    input: RecordMetadataInput,
    reason: string,
    file: FileRef | null = null,
  ) {
    const record = await this.get(ctx, id, 'record.correct');
    await ctx.authz.ensure('update', record, 'record.correct');
    if (reason.trim().length < 2) throw badInput('A correction needs its reason', { field: 'reason' });
    if (file && isAv(record.kind)) throw badInput('Only a text record takes a new file version', { field: 'recordId' });
    await ctx.em.populate(record, ['body', 'officer']);
    const current = Object.fromEntries(METADATA_KEYS.map((k) => [k, record[k]])) as Metadata;
    const next = await this.resolve(ctx, record.case, input, current);
    if (file) Object.assign(next, file);
    checkMetadata(record.kind, next);
    const changed = METADATA_KEYS.filter((k) => comparable(current[k]) !== comparable(next[k]));
    if (changed.length === 0) throw badInput('Nothing to correct: every value is as it was');
    // The corrected record must still be one the caller may change (e.g. not classified above them).
    const draft = draftOf(EnforcementRecord, { ...record, ...next });
    await ctx.authz.ensure('update', draft, 'record.correct', { known: true });
    return { record, metadata: next, changed };
  }

  private async writeCorrection(
    ctx: Context,
    record: EnforcementRecord,
    next: Metadata,
    changed: string[],
    reason: string,
    file: FileRef | null,
  ): Promise<EnforcementRecord> {
    const read = record.version;
    await ctx.em.transactional(async (em: EntityManager) => {
      // The case's lock first (a compile waits for us, or we see it), then the record's: a
      // correction made meanwhile by someone else is not overwritten by one made from the old version.
      const c = await lockCase(em, record.case.id);
      const [row] = await em.execute<{ version: number }[]>('select version from record where id = ? for update', [
        record.id,
      ]);
      if (row?.version !== read) throw changedMeanwhile();
      await ctx.authz.ensure('update', draftOf(EnforcementRecord, { ...record, ...next, case: c }), 'record.correct', {
        known: true,
      });
      Object.assign(record, next, { version: read + 1, updatedAt: new Date() });
      em.create(RecordVersion, {
        ...next,
        record,
        kind: record.kind,
        version: record.version,
        reason: reason.trim(),
        createdBy: ctx.user!,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'record.correct',
        subjectType: 'Record',
        subjectId: record.id,
        details: { version: record.version, changed, reason: reason.trim(), ...(file ? { fileId: file.fileId } : {}) },
      });
    });
    return record;
  }

  /** Every version, oldest first, for a record the caller may read. */
  async history(ctx: Context, id: string): Promise<RecordVersion[]> {
    const record = await this.get(ctx, id, 'record.history');
    return ctx.em.find(RecordVersion, { record }, { orderBy: { version: 'asc' }, populate: ['createdBy'] });
  }

  /** The content (written text, file reference): only with `view`, and every read is audited. */
  async content(ctx: Context, id: string): Promise<{ body: string | null; fileId: string | null }> {
    const record = await this.get(ctx, id, 'record.view');
    await ctx.authz.ensure('view', record, 'record.view');
    await ctx.em.populate(record, ['body']);
    await this.audit.append(ctx.em, ctx.actor, {
      action: 'record.view',
      subjectType: 'Record',
      subjectId: record.id,
      details: { version: record.version, grantId: grantUsed(ctx, record.id, GrantAction.VIEW) },
    });
    return { body: record.body ?? null, fileId: record.fileId ?? null };
  }

  /**
   * A legal hold: the record can never be disposed of while any hold stands; holds stack. With an
   * Art. 15 `longTermReason` it is a long-term preservation mark (the reason text is its ground).
   */
  async placeHold(
    ctx: Context,
    id: string,
    reason: string,
    longTermReason: LongTermReason | null = null,
  ): Promise<RecordHold> {
    const record = await this.get(ctx, id, 'record.placeHold');
    await ctx.authz.ensure('placeHold', record, 'record.placeHold');
    if (record.disposedAt) throw invalidState('This record was disposed of: only its stub remains, nothing to hold');
    const text = holdReason(reason, longTermReason);
    return ctx.em.transactional(async (em) => {
      // The count moves in SQL under the row's lock: two holds placed at once both count.
      const count = await bumpHoldCount(em, 'record', record.id, 1);
      const hold = em.create(RecordHold, { record: record.id, reason: text, longTermReason, placedBy: ctx.user! });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'record.placeHold',
        subjectType: 'Record',
        subjectId: record.id,
        details: { holdId: hold.id, reason: hold.reason, longTermReason, holdCount: count },
      });
      return hold;
    });
  }

  /** Releases one hold (the others stand) and re-evaluates the record's retention; never disposes. */
  async releaseHold(ctx: Context, holdId: string, reason: string): Promise<RecordHold> {
    const hold = isUuid(holdId) ? await ctx.em.findOne(RecordHold, { id: holdId }) : null;
    if (!hold) throw await ctx.authz.missing('Record', holdId, 'record.releaseHold');
    const record = await this.get(ctx, hold.record.id, 'record.releaseHold');
    await ctx.authz.ensure('releaseHold', record, 'record.releaseHold');
    if (hold.releasedAt) throw invalidState('This hold was already released');
    const text = reason.trim();
    if (text.length < 2) throw badInput('A release needs its reason', { field: 'reason' });
    await ctx.em.transactional(async (em) => {
      // Released once: of two concurrent releases only the first changes the row.
      const [row] = await em.execute<{ id: string }[]>(
        `update record_hold set released_at = now(), released_by_id = ?, release_reason = ?
          where id = ? and released_at is null returning id`,
        [ctx.user!.id, text, hold.id],
      );
      if (!row) throw invalidState('This hold was already released');
      // The case's row before the record's, as disposal locks them: the re-evaluation needs both.
      await em.execute('select id from enforcement_case where id = ? for update', [record.case.id]);
      const count = await bumpHoldCount(em, 'record', record.id, -1);
      await this.audit.append(em, ctx.actor, {
        action: 'record.releaseHold',
        subjectType: 'Record',
        subjectId: record.id,
        details: { holdId, reason: text, holdCount: count },
      });
      await ctx.services.holds.reevaluate(em, ctx, record.case.id, [record.id], { holdId: hold.id });
    });
    return ctx.em.findOneOrFail(RecordHold, { id: hold.id }, { refresh: true });
  }
}

/** The records filter as MikroORM conditions; case fields go through the `case` relation. */
/** Most cases a search may match before it is answered by a join instead of a list of ids. */
const SEARCH_CASE_IDS = 5000;

/**
 * Ids of the cases whose number, party or cause contain `q` (each column trigram-indexed), or null
 * when there are too many to list. A search then reads `title matches OR case_id = ANY(ids)`,
 * which PostgreSQL answers from two indexes; an OR across a join would scan every record.
 */
async function casesMatching(em: EntityManager, q: string): Promise<string[] | null> {
  const like = containsPattern(q.trim());
  const rows = await em.execute<{ id: string }[]>(
    'select id from enforcement_case where number ilike ? or party_name ilike ? or cause ilike ? or archive_number ilike ? limit ?',
    [like, like, like, like, SEARCH_CASE_IDS + 1],
  );
  return rows.length > SEARCH_CASE_IDS ? null : rows.map((r) => r.id);
}

/** Files whose last fixity check failed (few, by nature: each one is an incident). */
async function failingFiles(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ id: string }[]>(
    "select id from stored_file where fixity_status in ('MISMATCH', 'MISSING')",
  );
  return rows.map((r) => r.id);
}

export function recordWhere(
  filter: RecordFilter | undefined,
  searchCaseIds: string[] | null = null,
  failingFileIds: string[] | null = null,
): FilterQuery<EnforcementRecord>[] {
  if (!filter) return [];
  const { q, unitId, fixityFailed, ...caseFilter } = filter;
  const where: FilterQuery<EnforcementRecord>[] = caseWhere(caseFilter).map(
    (c) => ({ case: c }) as FilterQuery<EnforcementRecord>,
  );
  if (q) {
    const like = containsPattern(q.trim());
    const inCase = searchCaseIds
      ? { case: { $in: searchCaseIds } }
      : {
          case: {
            $or: [
              { number: { $ilike: like } },
              { partyName: { $ilike: like } },
              { cause: { $ilike: like } },
              { archiveNumber: { $ilike: like } },
            ],
          },
        };
    where.push({ $or: [{ title: { $ilike: like } }, inCase] } as FilterQuery<EnforcementRecord>);
  }
  if (unitId) where.push({ unit: unitId });
  if (filter.caseId) where.push({ case: filter.caseId });
  if (filter.kinds?.length) where.push({ kind: { $in: filter.kinds } });
  if (filter.confidentialities?.length) where.push({ confidentiality: { $in: filter.confidentialities } });
  if (filter.stages?.length) where.push({ stage: { $in: filter.stages } });
  if (filter.recordedById) where.push({ officer: filter.recordedById });
  if (filter.deviceNumber) where.push({ deviceNumber: filter.deviceNumber });
  if (filter.capturedFrom) where.push({ capturedTo: { $gte: filter.capturedFrom } });
  if (filter.capturedTo) where.push({ capturedFrom: { $lte: filter.capturedTo } });
  if (filter.notNotified) where.push({ partyNotified: false });
  if (filter.longTerm !== undefined && filter.longTerm !== null) where.push({ longTerm: filter.longTerm });
  if (filter.held !== undefined && filter.held !== null) where.push({ holdCount: filter.held ? { $gt: 0 } : 0 });
  if (fixityFailed === true) where.push({ fileId: { $in: failingFileIds ?? [] } });
  if (fixityFailed === false) where.push({ $or: [{ fileId: null }, { fileId: { $nin: failingFileIds ?? [] } }] });
  return where;
}

/**
 * The case's row, share-locked for the rest of the transaction (records are written beside each
 * other; compiling it for transfer, which locks it for update, waits for them or they for it), and
 * read again as it is now.
 */
async function lockCase(em: EntityManager, caseId: string): Promise<Case> {
  await em.execute('select id from enforcement_case where id = ? for share', [caseId]);
  return em.findOneOrFail(Case, { id: caseId }, { refresh: true });
}
