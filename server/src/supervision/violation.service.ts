import { raw } from '@mikro-orm/core';
import canonicalize from 'canonicalize';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { AuditEvent } from '../audit/audit-event.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import type { NotificationService } from '../notifications/notification.service.js';
import { draftOf } from '../common/base.entity.js';
import { badInput, conflict } from '../common/errors.js';
import { isUuid } from '../common/identifiers.js';
import { listReadable } from '../common/list.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { User } from '../users/user.entity.js';
import { EvidenceKind } from './violation.enums.js';
import { type EvidenceLink, Violation, ViolationEntry } from './violation.entity.js';
import type { ViolationFilter, ViolationInput } from './violation.inputs.js';

/** Only the latest version of each entry: what the entry says now. */
const latest = () => ({
  [raw(
    (a) =>
      `(not exists (select 1 from violation_version n where n.entry_id = ${a}.entry_id and n.version > ${a}.version))`,
  )]: true,
});

const FIELDS = ['kind', 'personId', 'occurredOn', 'finding', 'outcome', 'evidence'] as const;

/** The Art. 21 register (违法违规责任登记): entries are never changed, only followed by corrected versions. */
export class ViolationService {
  constructor(
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
  ) {}

  /** Entries (their latest versions) the caller may read, filtered in SQL under the same rules. */
  list(ctx: Context, f: ViolationFilter | undefined, page: PageArgs, scope: FilterQuery<Violation>[] = []) {
    const where: FilterQuery<Violation>[] = [latest(), ...scope];
    if (f?.kind) where.push({ kind: f.kind });
    if (f?.personId) where.push({ person: f.personId });
    if (f?.unitId) where.push({ unit: f.unitId });
    if (f?.outcome) where.push({ outcome: f.outcome });
    if (f?.undecided) where.push({ outcome: null });
    if (f?.from) where.push({ occurredOn: { $gte: f.from } });
    if (f?.to) where.push({ occurredOn: { $lte: f.to } });
    return listReadable(
      ctx.em,
      ctx.authz,
      Violation,
      'Violation',
      where,
      page,
      ['occurredOn', 'createdAt', 'kind', 'outcome'],
      [{ occurredOn: 'desc' }, { createdAt: 'desc' }],
      { populate: ['unit'] },
    );
  }

  /**
   * The entries about the caller that have an outcome: what has been made known to them. The same
   * for every role, so a reader of the whole register (a leader) sees here what anyone would.
   */
  mine(ctx: Context, page: PageArgs) {
    return this.list(ctx, undefined, page, [{ person: ctx.user!.id }, { outcome: { $ne: null } }]);
  }

  /** The entry as it stands (its latest version), or NOT_FOUND where the caller may not read it. */
  async get(ctx: Context, id: string, operation = 'violation.read'): Promise<Violation> {
    const found = isUuid(id)
      ? await ctx.em.findOne(Violation, { entry: id }, { orderBy: { version: 'desc' }, populate: ['unit'] })
      : null;
    if (!found) throw await ctx.authz.missing('Violation', id, operation);
    await ctx.authz.ensure('read', found, operation);
    return found;
  }

  /** Every version of an entry, oldest first. */
  async history(ctx: Context, id: string): Promise<Violation[]> {
    const current = await this.get(ctx, id, 'violation.history');
    const versions = ctx.authz.filter<Violation>('read', 'ViolationVersion', Violation);
    if (versions === null) return [];
    return ctx.em.find(Violation, { $and: [{ entry: current.entry }, versions] } as FilterQuery<Violation>, {
      orderBy: { version: 'asc' },
      populate: ['unit'],
    });
  }

  /** Registers a violation as version 1 of a new entry; audited in the same transaction. */
  async register(ctx: Context, input: ViolationInput): Promise<Violation> {
    const fields = await this.resolve(ctx, input);
    await ctx.authz.ensure('create', draftOf(Violation, fields), 'violation.register', { known: true });
    return ctx.em.transactional(async (em: EntityManager) => {
      const entry = em.create(ViolationEntry, { createdBy: ctx.user! });
      const v = em.create(Violation, { ...fields, entry, version: 1, createdBy: ctx.user! });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'violation.register',
        subjectType: 'Violation',
        subjectId: entry.id,
        details: { version: 1, ...this.summary(v) },
      });
      if (v.outcome) this.notifications.violationOutcome(em, v);
      return v;
    });
  }

  /**
   * Corrects an entry: the next version, with its reason, who and when; earlier versions stay as
   * they were. A correction made on a version that is no longer the latest is refused (CONFLICT).
   */
  async correct(ctx: Context, id: string, input: ViolationInput, reason: string, version?: number | null) {
    const text = reason.trim();
    const current = await this.get(ctx, id, 'violation.correct');
    await ctx.authz.ensure('update', current, 'violation.correct');
    if (text.length < 2) throw badInput('A correction needs its reason', { field: 'reason' });
    if (text.length > 500) throw badInput('The reason is at most 500 characters', { field: 'reason' });
    if (version != null && version !== current.version)
      throw conflict(`The entry is at version ${current.version} now; reload it before correcting`);
    const fields = await this.resolve(ctx, input);
    const before = this.summary(current);
    const after = this.summary(draftOf(Violation, fields));
    const changed = FIELDS.filter((k) => canonicalize(before[k]) !== canonicalize(after[k]));
    if (changed.length === 0) throw badInput('Nothing to correct: every value is as it was');
    await ctx.authz.ensure('update', draftOf(Violation, { ...current, ...fields }), 'violation.correct', {
      known: true,
    });
    return ctx.em.transactional(async (em: EntityManager) => {
      // The entry row is the lock: two corrections at once cannot both become the next version.
      await em.execute('select id from violation_entry where id = ? for update', [current.entry.id]);
      const [{ max }] = await em.execute<{ max: number }[]>(
        'select max(version)::int as max from violation_version where entry_id = ?',
        [current.entry.id],
      );
      if (max !== current.version) throw conflict('The entry was corrected meanwhile; reload it');
      const next = em.create(Violation, {
        ...fields,
        entry: current.entry,
        version: current.version + 1,
        reason: text,
        createdBy: ctx.user!,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'violation.correct',
        subjectType: 'Violation',
        subjectId: current.entry.id,
        details: { version: next.version, changed, reason: text, ...after },
      });
      // The person learns of an outcome once: when one is recorded, or a different one replaces it
      // (or the entry is now about someone else); a correction of the finding alone tells no one.
      if (next.outcome && (changed.includes('outcome') || changed.includes('personId')))
        this.notifications.violationOutcome(em, next);
      return next;
    });
  }

  /** Checks the person and the evidence links; the person's unit is taken as it is now. */
  private async resolve(ctx: Context, input: ViolationInput) {
    const person = await ctx.em.findOne(User, { id: input.personId }, { populate: ['unit'] });
    if (!person) throw badInput('No such user', { field: 'personId' });
    const evidence = await this.checkEvidence(ctx, input.evidence ?? []);
    return {
      kind: input.kind,
      person,
      unit: person.unit,
      occurredOn: input.occurredOn,
      finding: input.finding.trim(),
      outcome: input.outcome ?? null,
      evidence,
    };
  }

  /**
   * Links are checked for form; an audit event must exist (supervisors read the whole trail).
   * Records and cases are not looked up: their existence is not the supervisor's to learn
   * (a state secret does not exist below its clearance), and the trail names them anyway.
   */
  private async checkEvidence(ctx: Context, links: EvidenceLink[]): Promise<EvidenceLink[]> {
    const seen = new Map<string, EvidenceLink>();
    for (const link of links) {
      const ref = link.ref.trim();
      if (link.kind === EvidenceKind.AUDIT_EVENT ? !/^[1-9]\d{0,15}$/.test(ref) : !isUuid(ref))
        throw badInput(`Evidence ${link.kind} "${ref.slice(0, 64)}" is not a valid reference`, { field: 'evidence' });
      seen.set(`${link.kind}:${ref}`, { kind: link.kind, ref });
    }
    const seqs = [...seen.values()].filter((l) => l.kind === EvidenceKind.AUDIT_EVENT).map((l) => Number(l.ref));
    if (seqs.length) {
      const rows = await ctx.em.find(AuditEvent, { seq: { $in: seqs } }, { fields: ['seq'] });
      const found = new Set(rows.map((r) => r.seq));
      const missing = seqs.find((s) => !found.has(s));
      if (missing !== undefined) throw badInput(`No audit event #${missing}`, { field: 'evidence' });
    }
    return [...seen.values()];
  }

  private summary(v: Violation) {
    return {
      kind: v.kind,
      personId: v.person.id,
      unitId: v.unit.id,
      occurredOn: v.occurredOn,
      finding: v.finding,
      outcome: v.outcome ?? null,
      evidence: v.evidence,
    };
  }
}
