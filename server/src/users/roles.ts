import { registerEnumType } from 'type-graphql';

/** The roles of DESIGN.md; a user may hold several. */
export enum Role {
  officer = 'officer',
  unitClerk = 'unitClerk',
  unitHead = 'unitHead',
  archivist = 'archivist',
  leader = 'leader',
  legal = 'legal',
  infoCenter = 'infoCenter',
  supervisor = 'supervisor',
}
registerEnumType(Role, { name: 'Role', description: 'A role of DESIGN.md' });

/** State-secret clearance, in increasing order: none, 秘密, 机密, 绝密. */
export enum Clearance {
  NONE = 'NONE',
  SECRET = 'SECRET',
  HIGHLY_SECRET = 'HIGHLY_SECRET',
  TOP_SECRET = 'TOP_SECRET',
}
registerEnumType(Clearance, {
  name: 'Clearance',
  description: 'NONE, SECRET 秘密, HIGHLY_SECRET 机密, TOP_SECRET 绝密',
});

const clearanceOrder = [Clearance.NONE, Clearance.SECRET, Clearance.HIGHLY_SECRET, Clearance.TOP_SECRET];

/** Numeric rank of a clearance (0 = none … 3 = 绝密), for comparisons in rules and SQL. */
export const clearanceRank = (c: Clearance): number => clearanceOrder.indexOf(c);
