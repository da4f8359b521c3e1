import { ArrayMaxSize, ArrayMinSize, IsOptional, MaxLength, MinLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { EnforcementStage, RecordKind } from '../records/record.enums.js';

/** A document a case file of a procedure must contain (integrity check of 四性检测). */
@ObjectType('DocumentRequirement')
@InputType('DocumentRequirementInput')
export class DocumentRequirement {
  @Field({ description: 'What the document is, e.g. 立案审批表' })
  @MinLength(1)
  @MaxLength(100)
  label!: string;

  @Field(() => [RecordKind], { description: 'A catalogued record of one of these kinds satisfies it' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  kinds!: RecordKind[];

  @Field(() => EnforcementStage, { nullable: true, description: '…and of this stage, when given' })
  @IsOptional()
  stage?: EnforcementStage | null;
}

const doc = (label: string, kinds: RecordKind[], stage: EnforcementStage | null = null): DocumentRequirement => ({
  label,
  kinds,
  stage,
});

/** Stages done on site: where the case has one, the catalogue must hold audio or video of it (Art. 7). */
export const ON_SITE_STAGES = [EnforcementStage.ON_SITE_INSPECTION, EnforcementStage.SEIZURE];

/** The defaults the migration seeds per procedure (the archive edits them). */
export const DEFAULT_REQUIREMENTS: Record<string, DocumentRequirement[]> = {
  GENERAL_PENALTY: [
    doc('立案审批表', [RecordKind.INTERNAL_APPROVAL], EnforcementStage.FILING),
    doc('调查终结报告', [RecordKind.INVESTIGATION_EVIDENCE, RecordKind.INTERNAL_APPROVAL]),
    doc('行政处罚决定书', [RecordKind.ENFORCEMENT_DOCUMENT], EnforcementStage.PENALTY_DECISION),
    doc('送达回证', [RecordKind.SERVICE_RECEIPT]),
  ],
  COMPULSORY_MEASURE: [
    doc('实施行政强制措施审批表', [RecordKind.INTERNAL_APPROVAL]),
    doc('行政强制措施决定书', [RecordKind.ENFORCEMENT_DOCUMENT]),
    doc('送达回证', [RecordKind.SERVICE_RECEIPT]),
  ],
  SIMPLE_PENALTY: [doc('当场行政处罚决定书', [RecordKind.ENFORCEMENT_DOCUMENT], EnforcementStage.PENALTY_DECISION)],
  LICENSING: [doc('行政许可决定书', [RecordKind.ENFORCEMENT_DOCUMENT])],
  INSPECTION: [doc('检查记录或结论', [RecordKind.INSPECTION_CONCLUSION, RecordKind.INVESTIGATION_EVIDENCE])],
  OTHER: [],
};
