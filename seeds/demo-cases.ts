import type { EntityManager } from '@mikro-orm/postgresql';
import { TransferStatus } from '../server/src/archive/archive.enums.js';
import { nextArchiveNumber, nextSeq } from '../server/src/archive/numbering.js';
import { assignRetention } from '../server/src/archive/retention.js';
import { Transfer } from '../server/src/archive/transfer.entity.js';
import { Case } from '../server/src/cases/case.entity.js';
import { CaseStatus, PartyKind, Procedure, transferDays } from '../server/src/cases/case.enums.js';
import { addDays } from '../server/src/common/dates.js';
import { RecordVersion } from '../server/src/records/record-version.entity.js';
import { EnforcementRecord } from '../server/src/records/record.entity.js';
import { Confidentiality, EnforcementStage as S, RecordKind as K } from '../server/src/records/record.enums.js';
import { Unit } from '../server/src/units/unit.entity.js';
import { Clearance, clearanceRank } from '../server/src/users/roles.js';
import type { User } from '../server/src/users/user.entity.js';

interface DemoRecord {
  kind: K;
  title: string;
  stage: S;
  at: string;
  minutes?: number;
  body?: string;
  documentNumber?: string;
  partyNotified?: boolean;
  device?: string;
  confidentiality?: Confidentiality;
  secretLevel?: Clearance;
  longTermReason?: string;
  correction?: { title: string; reason: string };
}

interface DemoCase {
  unit: string;
  seq: number;
  cause: string;
  procedure: Procedure;
  officers: [string, string];
  party: {
    kind: PartyKind;
    name: string;
    idNumber?: string;
    phone?: string;
    address?: string;
    legalRepresentative?: string;
  };
  openedOn: string;
  concludedOn?: string;
  /** For an archived case: when the archive accepted its file. */
  acceptedOn?: string;
  status: CaseStatus;
  records: DemoRecord[];
}

const person = (name: string, idNumber: string, phone: string, address: string) => ({
  kind: PartyKind.PERSON,
  name,
  idNumber,
  phone,
  address,
});
const text = (kind: K, title: string, stage: S, at: string, body: string, documentNumber?: string): DemoRecord => ({
  kind,
  title,
  stage,
  at,
  body,
  documentNumber,
});
const av = (
  kind: K,
  title: string,
  stage: S,
  at: string,
  minutes: number,
  device: string,
  partyNotified = true,
): DemoRecord => ({ kind, title, stage, at, minutes, device, partyNotified });

/** Cases of 平乡县市场监督管理局 across units, procedures, lifecycle stages and confidentiality. */
export const demoCases: DemoCase[] = [
  {
    unit: 'ZHZF',
    seq: 1,
    cause: '销售超过保质期的食品',
    procedure: Procedure.GENERAL_PENALTY,
    officers: ['zhzf.officer1', 'zhzf.officer2'],
    party: person('李建国', '130533198005122032', '13903190011', '平乡县城关镇建设街18号'),
    openedOn: '2026-09-08',
    concludedOn: '2026-10-20',
    status: CaseStatus.CONCLUDED,
    records: [
      text(
        K.INTERNAL_APPROVAL,
        '立案审批表',
        S.FILING,
        '2026-09-08T09:00:00+08:00',
        '经初步核查，当事人涉嫌销售超过保质期的食品，建议立案调查。',
      ),
      av(K.VIDEO, '现场检查执法记录仪录像', S.ON_SITE_INSPECTION, '2026-09-08T10:05:00+08:00', 18, 'ZHZF-DSJ-001'),
      text(
        K.INVESTIGATION_EVIDENCE,
        '现场检查笔录',
        S.ON_SITE_INSPECTION,
        '2026-09-08T10:30:00+08:00',
        '检查发现货架上摆放超过保质期的饮料12瓶。',
      ),
      av(K.AUDIO, '询问录音（李建国）', S.INQUIRY, '2026-09-10T14:00:00+08:00', 35, 'ZHZF-LY-002'),
      {
        ...text(
          K.INVESTIGATION_EVIDENCE,
          '询问笔录',
          S.INQUIRY,
          '2026-09-10T14:00:00+08:00',
          '问：上述饮料从何处购进？答：从县城批发市场购进。',
        ),
        correction: { title: '询问笔录（李建国）', reason: '标题补写被询问人姓名' },
      },
      text(
        K.ENFORCEMENT_DOCUMENT,
        '行政处罚决定书',
        S.PENALTY_DECISION,
        '2026-10-15T09:00:00+08:00',
        '没收超过保质期的食品，并处罚款人民币五千元。',
        '平市监综罚〔2026〕15号',
      ),
      text(K.SERVICE_RECEIPT, '送达回证', S.SERVICE, '2026-10-16T15:00:00+08:00', '受送达人已签收行政处罚决定书。'),
    ],
  },
  {
    unit: 'ZHZF',
    seq: 2,
    cause: '侵犯注册商标专用权',
    procedure: Procedure.GENERAL_PENALTY,
    officers: ['zhzf.officer2', 'zhzf.head'],
    party: {
      kind: PartyKind.ORGANISATION,
      name: '平乡县恒信商贸有限公司',
      idNumber: '91130533MA0CXXXX14',
      phone: '0319-7821234',
      address: '平乡县河古庙镇商贸街6号',
      legalRepresentative: '王恒信',
    },
    openedOn: '2026-10-12',
    status: CaseStatus.OPEN,
    records: [
      av(K.PHOTO, '涉案商品照片', S.ON_SITE_INSPECTION, '2026-10-12T09:40:00+08:00', 0, 'ZHZF-XJ-003'),
      {
        ...text(
          K.INVESTIGATION_EVIDENCE,
          '进货台账及供货合同',
          S.INQUIRY,
          '2026-10-14T10:00:00+08:00',
          '当事人提供的进货台账、供货合同及价格清单。',
        ),
        confidentiality: Confidentiality.TRADE_SECRET,
      },
      text(
        K.EXPERT_OPINION,
        '商标权利人鉴定意见',
        S.INQUIRY,
        '2026-10-20T16:00:00+08:00',
        '经商标权利人鉴定，涉案商品为侵犯注册商标专用权的商品。',
      ),
    ],
  },
  {
    unit: 'ZHZF',
    seq: 3,
    cause: '生产经营不符合安全标准的产品（查封扣押）',
    procedure: Procedure.COMPULSORY_MEASURE,
    officers: ['zhzf.officer1', 'zhzf.head'],
    party: person('张秀英', '130533197602113420', '13731908876', '平乡县丰州镇民主街8号'),
    openedOn: '2026-11-18',
    status: CaseStatus.OPEN,
    records: [
      av(K.VIDEO, '查封扣押现场录像', S.SEIZURE, '2026-11-18T15:10:00+08:00', 42, 'ZHZF-DSJ-001', false),
      text(
        K.ENFORCEMENT_DOCUMENT,
        '实施行政强制措施决定书',
        S.SEIZURE,
        '2026-11-18T15:00:00+08:00',
        '对涉案电动自行车充电器120个予以扣押。',
        '平市监综强〔2026〕3号',
      ),
      {
        ...text(
          K.ENFORCEMENT_DOCUMENT,
          '查封扣押物品清单',
          S.SEIZURE,
          '2026-11-18T16:00:00+08:00',
          '电动自行车充电器120个。',
        ),
        longTermReason: '行政强制案件的重要证据（第十五条）',
      },
    ],
  },
  {
    unit: 'ZHZF',
    seq: 4,
    cause: '某涉密单位采购产品质量问题核查',
    procedure: Procedure.INSPECTION,
    officers: ['zhzf.officer2', 'zhzf.officer1'],
    party: { kind: PartyKind.ORGANISATION, name: '平乡县某研究所', legalRepresentative: '刘某' },
    openedOn: '2026-11-02',
    status: CaseStatus.OPEN,
    records: [
      {
        ...text(
          K.INSPECTION_CONCLUSION,
          '产品质量检验报告',
          S.ON_SITE_INSPECTION,
          '2026-11-09T11:00:00+08:00',
          '检验结论（涉密）。',
        ),
        confidentiality: Confidentiality.STATE_SECRET,
        secretLevel: Clearance.SECRET,
      },
      text(
        K.INVESTIGATION_EVIDENCE,
        '现场检查笔录',
        S.ON_SITE_INSPECTION,
        '2026-11-03T10:00:00+08:00',
        '对被检查单位仓库进行了检查。',
      ),
    ],
  },
  {
    unit: 'CGS',
    seq: 1,
    cause: '食品经营许可',
    procedure: Procedure.LICENSING,
    officers: ['cgs.officer1', 'cgs.officer2'],
    party: person('赵丽', '13053319920815002X', '15830906612', '平乡县城关镇中华路45号'),
    openedOn: '2026-11-05',
    concludedOn: '2026-11-20',
    status: CaseStatus.CONCLUDED,
    records: [
      text(
        K.INSPECTION_CONCLUSION,
        '现场核查意见',
        S.ON_SITE_INSPECTION,
        '2026-11-10T09:30:00+08:00',
        '经营场所符合食品经营许可条件。',
      ),
      av(K.PHOTO, '经营场所照片', S.ON_SITE_INSPECTION, '2026-11-10T09:20:00+08:00', 0, 'CGS-XJ-001'),
      text(
        K.ENFORCEMENT_DOCUMENT,
        '食品经营许可证',
        S.OTHER,
        '2026-11-20T10:00:00+08:00',
        '准予许可。',
        'JY11305330012345',
      ),
    ],
  },
  {
    unit: 'CGS',
    seq: 2,
    cause: '不明码标价',
    procedure: Procedure.SIMPLE_PENALTY,
    officers: ['cgs.officer2', 'cgs.head'],
    party: person('孙强', '130533198511070618', '13483190245', '平乡县城关镇东街2号'),
    openedOn: '2026-11-24',
    status: CaseStatus.OPEN,
    records: [
      av(K.VIDEO, '当场处罚执法记录仪录像', S.PENALTY_DECISION, '2026-11-24T10:00:00+08:00', 9, 'CGS-DSJ-002'),
      {
        ...text(
          K.OTHER_TEXT,
          '举报材料',
          S.FILING,
          '2026-11-23T17:00:00+08:00',
          '举报人反映该店商品未明码标价（举报人信息保密）。',
        ),
        confidentiality: Confidentiality.PERSONAL_PRIVACY,
      },
    ],
  },
  {
    unit: 'CGS',
    seq: 3,
    cause: '特种设备使用单位日常监督检查',
    procedure: Procedure.INSPECTION,
    officers: ['cgs.officer1', 'cgs.head'],
    party: {
      kind: PartyKind.ORGANISATION,
      name: '平乡县城关供热站',
      idNumber: '12130533401234567L',
      legalRepresentative: '钱进',
    },
    openedOn: '2026-08-03',
    concludedOn: '2026-08-20',
    // Transferred in time and accepted by the archive (Art. 13): archive number and retention given.
    status: CaseStatus.ARCHIVED,
    acceptedOn: '2026-09-10',
    records: [
      text(
        K.INSPECTION_CONCLUSION,
        '特种设备安全监督检查记录',
        S.ON_SITE_INSPECTION,
        '2026-08-03T09:00:00+08:00',
        '锅炉使用登记、定期检验均在有效期内。',
      ),
      av(K.VIDEO, '检查过程录像', S.ON_SITE_INSPECTION, '2026-08-03T09:05:00+08:00', 25, 'CGS-DSJ-002'),
    ],
  },
];

/** The archive-number settings' defaults (server/src/config.ts), which the demo's numbers follow. */
const DEMO_ARCHIVE = { pattern: '{fonds}-{year}-{period}-{seq}', fonds: 'J001' };

/**
 * An archived demo case as acceptance leaves it: its accepted transfer with every record in the
 * catalogue, an archive number in the default pattern and the retention of the schedule.
 */
async function archive(em: EntityManager, c: Case, acceptedOn: string): Promise<void> {
  const records = await em.find(EnforcementRecord, { case: c.id }, { orderBy: { createdAt: 'asc' } });
  const year = Number(acceptedOn.slice(0, 4));
  const { period } = await assignRetention(em, c, new Set(records.map((r) => r.id)), acceptedOn, 6);
  const unit = await em.findOneOrFail(Unit, { id: c.unit.id });
  const archiveNumber = await nextArchiveNumber(em, { ...DEMO_ARCHIVE, unitCode: unit.code, period, acceptedOn });
  Object.assign(c, { archiveNumber, archivedOn: acceptedOn });
  em.create(Transfer, {
    number: `YJ-${year}-${String(await nextSeq(em, 'YJ', year)).padStart(4, '0')}`,
    case: c,
    unit: c.unit,
    status: TransferStatus.ACCEPTED,
    catalogue: records.map((r, i) => ({
      seq: i + 1,
      recordId: r.id,
      documentNumber: r.documentNumber ?? null,
      title: r.title,
      date: (r.capturedFrom ?? r.createdAt).toISOString().slice(0, 10),
      pages: null,
      durationSeconds: null,
      remarks: null,
    })),
    createdBy: c.createdBy,
    submittedAt: new Date(`${acceptedOn}T09:00:00+08:00`),
    sentAt: new Date(`${acceptedOn}T10:00:00+08:00`),
    acceptedAt: new Date(`${acceptedOn}T15:00:00+08:00`),
    archiveNumber,
    retentionPeriod: period,
  });
  await em.flush();
}

/** Adds the demo cases whose numbers are not there yet, with their records and first versions. */
export async function seedDemoCases(
  em: EntityManager,
  users: Map<string, User>,
  units: Map<string, Unit>,
): Promise<number> {
  let added = 0;
  for (const d of demoCases) {
    const unit = units.get(d.unit)!;
    const year = Number(d.openedOn.slice(0, 4));
    const number = `${unit.casePrefix}〔${year}〕${d.seq}号`;
    if (await em.findOne(Case, { number })) continue;
    const officers = d.officers.map((o) => users.get(o)!);
    const c = em.create(Case, {
      number,
      year,
      seq: d.seq,
      unit,
      cause: d.cause,
      procedure: d.procedure,
      status: d.status,
      handlingOfficerIds: officers.map((o) => o.id),
      partyKind: d.party.kind,
      partyName: d.party.name,
      partyIdNumber: d.party.idNumber ?? null,
      partyPhone: d.party.phone ?? null,
      partyAddress: d.party.address ?? null,
      partyLegalRepresentative: d.party.legalRepresentative ?? null,
      openedOn: d.openedOn,
      concludedOn: d.concludedOn ?? null,
      transferDeadline: d.concludedOn ? addDays(d.concludedOn, transferDays(d.procedure)) : null,
      createdBy: officers[0],
    });
    for (const [i, r] of d.records.entries()) {
      const isAv = r.partyNotified !== undefined;
      const from = new Date(r.at);
      const fields = {
        title: r.title,
        stage: r.stage,
        documentNumber: r.documentNumber ?? null,
        body: r.body ?? null,
        capturedFrom: isAv ? from : null,
        capturedTo: isAv ? new Date(from.getTime() + (r.minutes ?? 0) * 60_000) : null,
        deviceNumber: r.device ?? null,
        officer: isAv ? officers[i % 2] : null,
        partyNotified: isAv ? r.partyNotified : null,
        confidentiality: r.confidentiality ?? Confidentiality.NONE,
        secretLevel: r.secretLevel ?? null,
        secretRank: r.secretLevel ? clearanceRank(r.secretLevel) : 0,
        longTerm: Boolean(r.longTermReason),
        longTermReason: r.longTermReason ?? null,
        location: isAv ? (d.party.address ?? null) : null,
      };
      const record = em.create(EnforcementRecord, {
        ...fields,
        case: c,
        unit,
        kind: r.kind,
        createdBy: officers[0],
        createdAt: from,
      });
      em.create(RecordVersion, {
        ...fields,
        record,
        kind: r.kind,
        version: 1,
        createdBy: officers[0],
        createdAt: from,
      });
      if (r.correction) {
        Object.assign(record, { title: r.correction.title, version: 2 });
        em.create(RecordVersion, {
          ...fields,
          title: r.correction.title,
          record,
          kind: r.kind,
          version: 2,
          reason: r.correction.reason,
          createdBy: officers[1],
        });
      }
    }
    await em.flush();
    if (d.acceptedOn) await archive(em, c, d.acceptedOn);
    await em.execute(
      `insert into case_number_counter (unit_id, year, last_seq) values (?, ?, ?)
       on conflict (unit_id, year) do update set last_seq = greatest(case_number_counter.last_seq, excluded.last_seq)`,
      [unit.id, year, d.seq],
    );
    added++;
  }
  return added;
}
