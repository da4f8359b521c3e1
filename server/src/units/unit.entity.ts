import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/** What kind of body a unit is; enforcement units (办案机构) own cases. */
export enum UnitKind {
  LEADERSHIP = 'LEADERSHIP',
  LEGAL = 'LEGAL',
  ARCHIVE = 'ARCHIVE',
  INFO_CENTER = 'INFO_CENTER',
  SUPERVISION = 'SUPERVISION',
  ENFORCEMENT_TEAM = 'ENFORCEMENT_TEAM',
  MARKET_OFFICE = 'MARKET_OFFICE',
  OTHER = 'OTHER',
}
registerEnumType(UnitKind, { name: 'UnitKind' });

/** A unit of the bureau: an enforcement team, a market-supervision office, the archive room, an office. */
@ObjectType()
@Entity({ tableName: 'unit' })
export class Unit extends BaseEntity {
  /** Short unique code, used in device and case numbers. */
  @Field()
  @Property({ unique: true, length: 32 })
  code!: string;

  @Field()
  @Property({ unique: true, length: 100 })
  name!: string;

  @Field(() => UnitKind)
  @Enum({ items: () => UnitKind })
  kind!: UnitKind;

  /**
   * Start of this unit's case numbers, e.g. 平市监综 → 平市监综〔2026〕12号; unique among units; units
   * without one open no cases. Fixed once the unit has opened a case (its numbers carry it).
   */
  @Field(() => String, { nullable: true })
  @Property({ length: 16, nullable: true, unique: true })
  casePrefix?: string | null;
}
