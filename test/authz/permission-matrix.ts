/**
 * The permission matrix of records (DESIGN.md "Who may do what", Art. 18 and 20), as data.
 *
 * Every combination of the dimensions below has one expected answer: the FIRST row of `RULES`
 * whose fields all match it ('*' matches anything). The tests run every combination against
 * `ability.can()`, the real GraphQL API and the SQL list filter.
 */
export const ROLES = [
  'officer',
  'unitClerk',
  'unitHead',
  'archivist',
  'leader',
  'legal',
  'infoCenter',
  'supervisor',
] as const;
/** read = metadata, view = content, download = a copy, list = appears in lists and totals. */
export const ACTIONS = ['read', 'view', 'download', 'list'] as const;
export const CONFIDENTIALITIES = ['NONE', 'PERSONAL_PRIVACY', 'TRADE_SECRET', 'STATE_SECRET'] as const;
/** The user's relation to the record's case: a handling officer of it, of its unit, or of another unit. */
export const RELATIONS = ['handling', 'ownUnit', 'otherUnit'] as const;
/** The case before transfer to the archive (open) or after (transferred). */
export const STAGES = ['beforeTransfer', 'afterTransfer'] as const;
/** A grant of view and download on the record: none, in force, past its expiry, revoked. */
export const GRANTS = ['none', 'active', 'expired', 'revoked'] as const;

export type Role = (typeof ROLES)[number];
export type Action = (typeof ACTIONS)[number];
export type Confidentiality = (typeof CONFIDENTIALITIES)[number];
export type Relation = (typeof RELATIONS)[number];
export type Stage = (typeof STAGES)[number];
export type Grant = (typeof GRANTS)[number];

export interface Case {
  role: Role;
  action: Action;
  confidentiality: Confidentiality;
  relation: Relation;
  stage: Stage;
  grant: Grant;
}

type Match<T> = T | readonly T[] | '*';
interface Rule {
  role?: Match<Role>;
  action?: Match<Action>;
  confidentiality?: Match<Confidentiality>;
  relation?: Match<Relation>;
  stage?: Match<Stage>;
  grant?: Match<Grant>;
  allow: boolean;
  why: string;
}

const UNIT_STAFF = ['officer', 'unitClerk', 'unitHead'] as const;
const CROSS_UNIT_READERS = ['leader', 'legal', 'archivist', 'supervisor'] as const;
const METADATA = ['read', 'list'] as const;

/** Users in the matrix hold no state-secret clearance; records marked STATE_SECRET are at 秘密. */
export const RULES: Rule[] = [
  {
    confidentiality: 'STATE_SECRET',
    allow: false,
    why: 'Art. 20: above the clearance it does not exist, grants included',
  },
  {
    role: 'infoCenter',
    allow: false,
    why: 'separation of duties: the information centre sees no evidence, grants included',
  },
  {
    role: 'supervisor',
    action: ['view', 'download'],
    allow: false,
    why: 'separation of duties: supervisors never see content, grants included',
  },
  { grant: 'active', allow: true, why: 'Art. 18: an approved grant opens exactly its record for its actions' },
  {
    role: UNIT_STAFF,
    action: METADATA,
    relation: ['handling', 'ownUnit'],
    allow: true,
    why: 'the unit sees its records',
  },
  {
    role: CROSS_UNIT_READERS,
    action: METADATA,
    allow: true,
    why: 'approvers, archive and supervision read metadata everywhere',
  },
  {
    role: ['officer', 'unitHead'],
    action: 'view',
    relation: 'handling',
    stage: 'beforeTransfer',
    allow: true,
    why: 'handling officers view their own case until it goes to the archive',
  },
  { allow: false, why: 'default deny: everything else needs an approved grant' },
];

const matches = <T>(m: Match<T> | undefined, v: T) =>
  m === undefined || m === '*' || (Array.isArray(m) ? m.includes(v) : m === v);

/** The expected answer for one combination, and the rule that gives it. */
export function expected(c: Case): { allow: boolean; why: string } {
  const rule = RULES.find(
    (r) =>
      matches(r.role, c.role) &&
      matches(r.action, c.action) &&
      matches(r.confidentiality, c.confidentiality) &&
      matches(r.relation, c.relation) &&
      matches(r.stage, c.stage) &&
      matches(r.grant, c.grant),
  )!;
  return { allow: rule.allow, why: rule.why };
}

/** Every combination of the dimensions. */
export function* everyCase(): Generator<Case> {
  for (const role of ROLES)
    for (const action of ACTIONS)
      for (const confidentiality of CONFIDENTIALITIES)
        for (const relation of RELATIONS)
          for (const stage of STAGES)
            for (const grant of GRANTS) yield { role, action, confidentiality, relation, stage, grant };
}
