import { Entity, ManyToOne, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

/** The last case sequence number used per unit and year (numbers are never reused). */
@Entity({ tableName: 'case_number_counter' })
export class CaseNumberCounter {
  @ManyToOne(() => Unit, { primary: true })
  unit!: Rel<Unit>;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  lastSeq!: number;
}
