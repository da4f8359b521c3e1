import { raw } from '@mikro-orm/core';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { prefixPattern } from '../common/list.js';
import { AuditEvent, AuditOutcome } from './audit-event.entity.js';

@InputType()
export class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  @IsUUID()
  actorId?: string;

  @Field(() => String, { nullable: true, description: 'Exact action, or a prefix ending in "." (e.g. "auth.")' })
  @MaxLength(64)
  action?: string;

  @Field(() => AuditOutcome, { nullable: true })
  outcome?: AuditOutcome;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  subjectType?: string;

  @Field(() => String, { nullable: true })
  @MaxLength(64)
  subjectId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Events about this record: as subject, named in details, or through its viewing requests and grants',
  })
  @IsUUID()
  recordId?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Events about this case and about its records, uploads, viewing requests and grants',
  })
  @IsUUID()
  caseId?: string;

  @Field(() => Date, { nullable: true })
  from?: Date;

  @Field(() => Date, { nullable: true })
  to?: Date;
}

/**
 * Events about a record. Modules name a record as the subject, as `details.recordId` or in
 * `details.recordIds`; approvals and grants name their own ids, so those are followed too.
 */
const aboutRecord = (a: string) => `(
  (${a}.subject_type = 'Record' and ${a}.subject_id = ?)
  or ${a}.details @> jsonb_build_object('recordId', ?::text)
  or ${a}.details @> jsonb_build_object('recordIds', jsonb_build_array(?::text))
  or (${a}.subject_type = 'ApprovalRequest' and ${a}.subject_id in
      (select v.id::text from viewing_request v where ?::text = any(v.record_ids::text[])))
  or (${a}.subject_type = 'AccessGrant' and ${a}.subject_id in
      (select g.id::text from access_grant g where g.record_id = ?::uuid)))`;

/** Events about a case: the case itself, anything naming it, and everything about its records. */
const aboutCase = (a: string) => `(
  (${a}.subject_type = 'Case' and ${a}.subject_id = ?)
  or ${a}.details @> jsonb_build_object('caseId', ?::text)
  or (${a}.subject_type = 'Record' and ${a}.subject_id in (select r.id::text from record r where r.case_id = ?::uuid))
  or ${a}.details ->> 'recordId' in (select r.id::text from record r where r.case_id = ?::uuid)
  or jsonb_exists_any(${a}.details -> 'recordIds', array(select r.id::text from record r where r.case_id = ?::uuid))
  or (${a}.subject_type = 'Upload' and ${a}.subject_id in (select u.id from upload u where u.case_id = ?::uuid))
  or (${a}.subject_type = 'ApprovalRequest' and ${a}.subject_id in
      (select v.id::text from viewing_request v where v.case_id = ?::uuid))
  or (${a}.subject_type = 'AccessGrant' and ${a}.subject_id in
      (select g.id::text from access_grant g join record r on r.id = g.record_id where r.case_id = ?::uuid)))`;

/** The filter's conditions, to be joined with the caller's CASL filter. */
export function auditWhere(f?: AuditEventFilter | null): FilterQuery<AuditEvent>[] {
  const where: FilterQuery<AuditEvent>[] = [];
  if (!f) return where;
  if (f.actorId) where.push({ actorId: f.actorId });
  if (f.action) where.push({ action: f.action.endsWith('.') ? { $like: prefixPattern(f.action) } : f.action });
  if (f.outcome) where.push({ outcome: f.outcome });
  if (f.subjectType) where.push({ subjectType: f.subjectType });
  if (f.subjectId) where.push({ subjectId: f.subjectId });
  if (f.recordId) where.push({ [raw(aboutRecord, Array(5).fill(f.recordId))]: true });
  if (f.caseId) where.push({ [raw(aboutCase, Array(8).fill(f.caseId))]: true });
  if (f.from) where.push({ at: { $gte: f.from } });
  if (f.to) where.push({ at: { $lt: f.to } });
  return where;
}
