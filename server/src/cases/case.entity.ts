import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { MaskPersonalUnlessReadable } from '../authz/guard.js';
import { BaseEntity } from '../common/base.entity.js';
import { Unit } from '../units/unit.entity.js';
import { User } from '../users/user.entity.js';
import { RetentionPeriod } from '../archive/archive.enums.js';
import { CaseStatus, PartyKind, Procedure } from './case.enums.js';

/** 案件 / 执法事项: the case a unit handles, with its party and its handling officers. */
@ObjectType()
@Entity({ tableName: 'enforcement_case' })
@Unique({ properties: ['unit', 'year', 'seq'] })
@Index({
  name: 'enforcement_case_number_trgm',
  expression: 'create index "enforcement_case_number_trgm" on "enforcement_case" using gin ("number" gin_trgm_ops)',
})
@Index({
  name: 'enforcement_case_party_name_trgm',
  expression:
    'create index "enforcement_case_party_name_trgm" on "enforcement_case" using gin ("party_name" gin_trgm_ops)',
})
@Index({
  name: 'enforcement_case_cause_trgm',
  expression: 'create index "enforcement_case_cause_trgm" on "enforcement_case" using gin ("cause" gin_trgm_ops)',
})
export class Case extends BaseEntity {
  /** Bureau format, e.g. 平市监综〔2026〕12号; unique, generated per unit and year. */
  @Field()
  @Property({ length: 64, unique: true })
  number!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  seq!: number;

  @Field(() => Unit)
  @Index()
  @ManyToOne(() => Unit)
  unit!: Rel<Unit>;

  /** 案由 */
  @Field()
  @Property({ length: 200 })
  cause!: string;

  @Field(() => Procedure)
  @Enum({ items: () => Procedure })
  procedure!: Procedure;

  @Field(() => CaseStatus)
  @Index()
  @Enum({ items: () => CaseStatus })
  status: CaseStatus & Opt = CaseStatus.OPEN;

  /** Ids of the handling officers (at least two, of the case's unit); the rules match on it. */
  @Field(() => [ID])
  @Property({ type: 'uuid[]' })
  handlingOfficerIds!: string[];

  @Field(() => PartyKind)
  @Enum({ items: () => PartyKind })
  partyKind!: PartyKind;

  @Field()
  @Property({ length: 200 })
  partyName!: string;

  /** Person: resident ID number; organisation: unified social credit code. Masked by the rules. */
  @Field(() => String, { nullable: true })
  @UseMiddleware(MaskPersonalUnlessReadable)
  @Property({ length: 32, nullable: true })
  partyIdNumber?: string | null;

  @Field(() => String, { nullable: true })
  @UseMiddleware(MaskPersonalUnlessReadable)
  @Property({ length: 32, nullable: true })
  partyPhone?: string | null;

  @Field(() => String, { nullable: true })
  @UseMiddleware(MaskPersonalUnlessReadable)
  @Property({ length: 300, nullable: true })
  partyAddress?: string | null;

  /** Organisation's legal representative (法定代表人). */
  @Field(() => String, { nullable: true })
  @Property({ length: 100, nullable: true })
  partyLegalRepresentative?: string | null;

  @Field()
  @Property({ type: 'date' })
  openedOn!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  concludedOn?: string | null;

  /** Concluded + 30 days (licensing + 15): the archive transfer deadline (Art. 13). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  transferDeadline?: string | null;

  @ManyToOne(() => User)
  createdBy!: Rel<User>;

  /** 档号, given when the archive accepts the case file. */
  @Field(() => String, { nullable: true })
  @Property({ length: 64, nullable: true, unique: true })
  archiveNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  archivedOn?: string | null;

  @Field(() => RetentionPeriod, { nullable: true })
  @Enum({ items: () => RetentionPeriod, nullable: true })
  retentionPeriod?: RetentionPeriod | null;

  /** The last day the case file must be kept (null: permanent, or not yet archived). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  retainUntil?: string | null;

  /** Active holds on the whole case (long-term marks included): nothing of it is disposed of meanwhile. */
  @Field(() => Int)
  @Property({ type: 'integer' })
  holdCount: number & Opt = 0;
}
