import { registerEnumType } from 'type-graphql';

/** 程序: the procedure a case follows. */
export enum Procedure {
  SIMPLE_PENALTY = 'SIMPLE_PENALTY',
  GENERAL_PENALTY = 'GENERAL_PENALTY',
  COMPULSORY_MEASURE = 'COMPULSORY_MEASURE',
  LICENSING = 'LICENSING',
  INSPECTION = 'INSPECTION',
  OTHER = 'OTHER',
}
registerEnumType(Procedure, { name: 'Procedure', description: '简易程序, 一般程序, 行政强制, 行政许可, 检查, 其他' });

/** Lifecycle: open → concluded → compiled → transferred → archived. */
export enum CaseStatus {
  OPEN = 'OPEN',
  CONCLUDED = 'CONCLUDED',
  COMPILED = 'COMPILED',
  TRANSFERRED = 'TRANSFERRED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(CaseStatus, { name: 'CaseStatus' });

export enum PartyKind {
  PERSON = 'PERSON',
  ORGANISATION = 'ORGANISATION',
}
registerEnumType(PartyKind, { name: 'PartyKind' });

/** Days from conclusion to the archive transfer deadline (Art. 13). */
export const transferDays = (procedure: Procedure) => (procedure === Procedure.LICENSING ? 15 : 30);
