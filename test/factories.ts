import fs from 'node:fs';
import path from 'node:path';
import type { Services } from '../server/src/context.js';
import { registerStoredFile } from '../server/src/files/intake.service.js';
import type { StoredFile } from '../server/src/files/stored-file.entity.js';
import { digestsOf } from './support/media.js';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case } from '../server/src/cases/case.entity.js';
import { PartyKind, Procedure } from '../server/src/cases/case.enums.js';
import { RecordVersion } from '../server/src/records/record-version.entity.js';
import { EnforcementRecord } from '../server/src/records/record.entity.js';
import { RecordKind } from '../server/src/records/record.enums.js';
import { Unit, UnitKind } from '../server/src/units/unit.entity.js';
import { hashPassword } from '../server/src/users/password.js';
import { Clearance, Role } from '../server/src/users/roles.js';
import { User } from '../server/src/users/user.entity.js';

export const TEST_PASSWORD = 'Test-pass-2026';
let cachedHash: Promise<string> | undefined;
const uniq = () => randomBytes(4).toString('hex');

export async function buildUnit(
  em: EntityManager,
  overrides: Partial<Pick<Unit, 'code' | 'name' | 'kind'>> = {},
): Promise<Unit> {
  const id = uniq().toUpperCase();
  const unit = em.create(Unit, { code: `U${id}`, name: `单位${id}`, kind: UnitKind.ENFORCEMENT_TEAM, ...overrides });
  await em.flush();
  return unit;
}

export async function buildUser(
  em: EntityManager,
  overrides: Partial<Pick<User, 'username' | 'displayName' | 'roles' | 'clearance' | 'active' | 'lockedUntil'>> & {
    unit?: Unit;
    password?: string;
  } = {},
): Promise<User> {
  const { password, unit, ...rest } = overrides;
  const passwordHash = password ? await hashPassword(password) : await (cachedHash ??= hashPassword(TEST_PASSWORD));
  const user = em.create(User, {
    username: `user.${uniq()}`,
    displayName: '测试用户',
    roles: [Role.officer],
    clearance: Clearance.NONE,
    ...rest,
    unit: unit ?? (await buildUnit(em)),
    passwordHash,
  });
  await em.flush();
  return user;
}

let caseSeq = 0;

/** A case of `unit` (a new unit with a case prefix when left out) with two handling officers. */
export async function buildCase(
  em: EntityManager,
  overrides: Partial<
    Pick<
      Case,
      | 'cause'
      | 'procedure'
      | 'status'
      | 'partyName'
      | 'partyIdNumber'
      | 'partyPhone'
      | 'partyAddress'
      | 'openedOn'
      | 'concludedOn'
      | 'transferDeadline'
    >
  > & {
    unit?: Unit;
    officers?: User[];
  } = {},
): Promise<Case> {
  const { unit: givenUnit, officers: givenOfficers, ...rest } = overrides;
  const unit = givenUnit ?? (await buildUnit(em));
  if (!unit.casePrefix) {
    unit.casePrefix = `平市监测${uniq()}`;
    await em.flush();
  }
  const officers = givenOfficers ?? [await buildUser(em, { unit }), await buildUser(em, { unit })];
  const seq = ++caseSeq;
  const c = em.create(Case, {
    number: `${unit.casePrefix}〔2026〕${seq}号-${uniq()}`,
    year: 2026,
    seq: 100000 + seq,
    unit,
    cause: '销售不合格商品',
    procedure: Procedure.GENERAL_PENALTY,
    handlingOfficerIds: officers.map((o) => o.id),
    partyKind: PartyKind.PERSON,
    partyName: '张三',
    partyIdNumber: '13053319900307123X',
    partyPhone: '13812345678',
    partyAddress: '平乡县城关镇建设街12号',
    openedOn: '2026-03-01',
    createdBy: officers[0],
    ...rest,
  });
  await em.flush();
  return c;
}

/** A record of `c` with its first version, written directly (as the service would). */
export async function buildRecord(
  em: EntityManager,
  c: Case,
  overrides: Partial<
    Pick<
      EnforcementRecord,
      | 'kind'
      | 'title'
      | 'confidentiality'
      | 'secretLevel'
      | 'secretRank'
      | 'partyNotified'
      | 'officer'
      | 'body'
      | 'stage'
      | 'capturedFrom'
      | 'capturedTo'
      | 'deviceNumber'
      | 'fileId'
      | 'fileName'
    >
  > = {},
): Promise<EnforcementRecord> {
  const createdBy = await em.findOneOrFail(User, { id: c.handlingOfficerIds[0] });
  const fields = { kind: RecordKind.INVESTIGATION_EVIDENCE, title: '现场检查笔录', body: '检查情况……', ...overrides };
  const record = em.create(EnforcementRecord, { ...fields, case: c, unit: c.unit, createdBy });
  em.create(RecordVersion, { ...fields, record, version: 1, createdBy });
  await em.flush();
  return record;
}

/**
 * Puts a file into the server's content-addressed store as intake would leave it (placed under
 * its SHA-256, with its stored-file row): for tests that need records carrying real files.
 */
export async function storeFile(
  services: Services,
  em: EntityManager,
  source: string,
  mediaType: string,
  fileName = path.basename(source),
  facts: { durationSeconds?: number | null; width?: number | null; height?: number | null } = {},
): Promise<StoredFile> {
  const digests = digestsOf(source);
  await services.intake.store.placeCopy(source, digests.sha256);
  const size = fs.statSync(source).size;
  return em.transactional((tem) =>
    registerStoredFile(tem, digests, size, mediaType, fileName, {
      durationSeconds: facts.durationSeconds ?? null,
      width: facts.width ?? null,
      height: facts.height ?? null,
      recordedAt: null,
    }),
  );
}
