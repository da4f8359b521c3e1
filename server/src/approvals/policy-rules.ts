import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { Confidentiality } from '../records/record.enums.js';
import { Role } from '../users/roles.js';

/** Who decides one step of a chain. */
@ObjectType('PolicyStep')
@InputType('PolicyStepInput')
export class PolicyStep {
  @Field(() => Role)
  role!: Role;

  @Field({ description: "Only a holder of the role in the unit that owns the case (e.g. the unit's head)" })
  @IsBoolean()
  sameUnit!: boolean;

  @Field({ description: "The decider's clearance must reach the highest state-secret level among the records" })
  @IsBoolean()
  clearanceOfRecords!: boolean;

  @Field(() => String, { nullable: true, description: 'Shown in the queue, e.g. 办案机构负责人' })
  @IsOptional()
  @MaxLength(100)
  label?: string | null;
}

/** When a rule applies: all given conditions must hold; a rule with none matches everything. */
@ObjectType('PolicyRule')
@InputType('PolicyRuleInput')
export class PolicyRule {
  @Field(() => [Confidentiality], {
    nullable: true,
    description: 'Applies when the highest confidentiality among the records is one of these',
  })
  confidentialityIn?: Confidentiality[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Applies when audio/video is (true) or is not (false) included',
  })
  @IsOptional()
  @IsBoolean()
  av?: boolean | null;

  @Field(() => [PolicyStep])
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  steps!: PolicyStep[];
}

/** What a request is judged by. */
export interface RequestProfile {
  maxConfidentiality: Confidentiality;
  hasAv: boolean;
}

const ORDER = [
  Confidentiality.NONE,
  Confidentiality.PERSONAL_PRIVACY,
  Confidentiality.TRADE_SECRET,
  Confidentiality.STATE_SECRET,
];
/** The stricter of two confidentiality levels. */
export const stricter = (a: Confidentiality, b: Confidentiality) => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

export function matches(rule: PolicyRule, p: RequestProfile): boolean {
  if (rule.confidentialityIn?.length && !rule.confidentialityIn.includes(p.maxConfidentiality)) return false;
  if (rule.av !== null && rule.av !== undefined && rule.av !== p.hasAv) return false;
  return true;
}

const step = (role: Role, label: string, sameUnit = false, clearanceOfRecords = false): PolicyStep => ({
  role,
  sameUnit,
  clearanceOfRecords,
  label,
});

/** The defaults every new database starts with (DESIGN.md "Approval chains", Art. 18 and 20). */
export const DEFAULT_POLICIES: Record<string, PolicyRule[]> = {
  VIEWING: [
    {
      confidentialityIn: [Confidentiality.STATE_SECRET],
      steps: [step(Role.leader, '机关负责人（涉密）', false, true)],
    },
    {
      confidentialityIn: [Confidentiality.TRADE_SECRET, Confidentiality.PERSONAL_PRIVACY],
      steps: [step(Role.legal, '法制机构'), step(Role.leader, '机关负责人')],
    },
    { av: true, steps: [step(Role.leader, '机关负责人')] },
    { steps: [step(Role.unitHead, '办案机构负责人', true)] },
  ],
  // 调取 (Art. 16–17): the archive registers it; a leader approves, one cleared for the records when they are state secrets.
  EXTERNAL: [
    {
      confidentialityIn: [Confidentiality.STATE_SECRET],
      steps: [step(Role.leader, '机关负责人（涉密）', false, true)],
    },
    { steps: [step(Role.leader, '机关负责人')] },
  ],
  // 当事人复制 (Art. 19): the legal staff prepare and decide per record; a leader approves the copy.
  PARTY_COPY: [{ steps: [step(Role.leader, '机关负责人')] }],
  // 移交 (Art. 13): the unit head signs off the case file (审核) before it goes to the archive.
  TRANSFER: [{ steps: [step(Role.unitHead, '办案机构负责人审核', true)] }],
  // 销毁 (Art. 14): the archive room's head, then a leader.
  DISPOSAL: [{ steps: [step(Role.unitHead, '档案室负责人', true), step(Role.leader, '机关负责人')] }],
};
