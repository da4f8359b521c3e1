import { registerEnumType } from 'type-graphql';

/** The prohibited acts of Art. 21, items (一) to (六). */
export enum ViolationKind {
  /** (一) 不制作或者不按要求制作执法全过程记录 */
  NOT_RECORDED = 'NOT_RECORDED',
  /** (二) 故意损毁，随意删除、修改执法全过程中文字或者音像记录信息 */
  RECORD_TAMPERED = 'RECORD_TAMPERED',
  /** (三) 私自复制、保存或者传播、泄露执法记录的案卷和音像资料 */
  RECORD_LEAKED = 'RECORD_LEAKED',
  /** (四) 不按照规定储存或者维护，致使执法记录损毁、丢失 */
  IMPROPER_STORAGE = 'IMPROPER_STORAGE',
  /** (五) 故意毁坏执法文书、案卷材料、执法记录设备或者音像资料存储设备 */
  MATERIALS_DESTROYED = 'MATERIALS_DESTROYED',
  /** (六) 其他违反执法全过程记录管理规定的行为 */
  OTHER = 'OTHER',
}
registerEnumType(ViolationKind, { name: 'ViolationKind', description: 'The prohibited acts of Art. 21 (一)–(六)' });

/** What Art. 21's last paragraph provides for; none yet while the matter is undecided. */
export enum ViolationOutcome {
  /** 批评教育: a minor case */
  CRITICISM_EDUCATION = 'CRITICISM_EDUCATION',
  /** 停止执行职务 */
  SUSPENSION = 'SUSPENSION',
  /** 行政处分 */
  DISCIPLINARY_SANCTION = 'DISCIPLINARY_SANCTION',
  /** 移送司法机关: where it is a crime */
  JUDICIAL_REFERRAL = 'JUDICIAL_REFERRAL',
}
registerEnumType(ViolationOutcome, { name: 'ViolationOutcome' });

/** What an evidence link points at. */
export enum EvidenceKind {
  RECORD = 'RECORD',
  CASE = 'CASE',
  AUDIT_EVENT = 'AUDIT_EVENT',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });
