import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import { concludeCase, getCase, listCases, openCase } from './cases/caseData';
import { CLEARANCES, OUTCOMES, ROLES, UNIT_KINDS, oneOf, someOf } from './common/domain';
import { openRecordFile, type FileTicket } from './files/fileData';
import type { AuditEventFilter, FileAccessMode, LongTermReason, UnitFilter, UserFilter } from './gql/graphql';
import { bool, iso, pageArgs, text, type Values } from './graphql/args';
import { AuditEventQuery, AuditEventsQuery } from './graphql/audit';
import { FixitySummaryQuery } from './graphql/files';
import { ApiError, isApiError, request } from './graphql/client';
import { ChangePasswordMutation } from './graphql/auth';
import { CreateUnitMutation, UnitQuery, UnitsQuery, UpdateUnitMutation } from './graphql/units';
import {
  CreateUserMutation,
  DisableUserMutation,
  EnableUserMutation,
  ResetUserPasswordMutation,
  UnlockUserMutation,
  UpdateUserMutation,
  UserQuery,
  UsersQuery,
} from './graphql/users';
import {
  toAuditRecord,
  toUserRecord,
  type CaseRecord,
  type EnforcementRecord,
  type RecordHold,
  type UserRecord,
} from './common/records';
import {
  correctRecord,
  createTextRecord,
  getRecord,
  listRecords,
  listVersions,
  placeHold,
  recordContent,
  releaseHold,
} from './records/recordData';
import { TYPE_OF } from './disclosures/domain';
import { getDisclosure, listDisclosures, registerCopy, registerExternal } from './disclosures/disclosureData';
import {
  correctViolation,
  getViolation,
  listMyViolations,
  listViolations,
  listViolationVersions,
  registerViolation,
  type ViolationRecord,
} from './violations/violationData';

const userFilter = (f: Values): UserFilter => ({
  q: text(f.q),
  unitId: text(f.unitId),
  role: oneOf(f.role, ROLES),
  active: bool(f.active),
});
const unitFilter = (f: Values): UnitFilter => ({ q: text(f.q), kind: oneOf(f.kind, UNIT_KINDS) });
/** The audit list's filter values as the server's AuditEventFilter (also the CSV export's `filter`). */
export const auditFilter = (f: Values): AuditEventFilter => ({
  actorId: text(f.actorId),
  action: text(f.action),
  outcome: oneOf(f.outcome, OUTCOMES),
  subjectType: text(f.subjectType),
  subjectId: text(f.subjectId),
  recordId: text(f.recordId),
  caseId: text(f.caseId),
  from: iso(f.from),
  to: iso(f.to),
});

async function getList(resource: string, params: GetListParams): Promise<{ data: RaRecord[]; total: number }> {
  const filter = (params.filter ?? {}) as Values;
  switch (resource) {
    case 'users': {
      const { users } = await request(
        UsersQuery,
        { ...pageArgs(params, null), filter: userFilter(filter) },
        params.signal,
      );
      return { data: users.items.map(toUserRecord), total: users.total };
    }
    case 'units': {
      const { units } = await request(
        UnitsQuery,
        { ...pageArgs(params, null), filter: unitFilter(filter) },
        params.signal,
      );
      return { data: units.items, total: units.total };
    }
    case 'auditEvents': {
      const args = { ...pageArgs(params, 'seq', { field: 'seq', order: 'DESC' }), filter: auditFilter(filter) };
      const { auditEvents } = await request(AuditEventsQuery, args, params.signal);
      return { data: auditEvents.items.map(toAuditRecord), total: auditEvents.total };
    }
    case 'cases':
      return listCases(params);
    case 'records':
      return listRecords(params);
    case 'recordVersions':
      return listVersions(params);
    case 'violations':
      return listViolations(params);
    case 'myViolations':
      return listMyViolations(params);
    case 'violationVersions':
      return listViolationVersions(params);
    case 'externalRequests':
    case 'copyApplications':
      return listDisclosures(TYPE_OF[resource]!, params);
  }
  throw new ApiError('NOT_FOUND', `Unknown resource ${resource}`);
}

async function getOne(resource: string, id: Identifier, signal?: AbortSignal): Promise<RaRecord> {
  switch (resource) {
    case 'users':
      return toUserRecord((await request(UserQuery, { id: String(id) }, signal)).user);
    case 'units':
      return (await request(UnitQuery, { id: String(id) }, signal)).unit;
    case 'auditEvents': {
      const seq = Number(id);
      if (!Number.isInteger(seq) || seq < 1) throw new ApiError('NOT_FOUND', `No audit event ${id}`);
      return toAuditRecord((await request(AuditEventQuery, { seq }, signal)).auditEvent);
    }
    case 'cases':
      return getCase(String(id), signal);
    case 'records':
      return getRecord(String(id), signal);
    case 'violations':
    case 'myViolations':
      return getViolation(String(id), signal);
    case 'externalRequests':
    case 'copyApplications':
      return getDisclosure(String(id), signal);
    case 'fixitySummary':
      return { id, ...(await request(FixitySummaryQuery, {}, signal)).fixitySummary };
  }
  throw new ApiError('NOT_FOUND', `Unknown resource ${resource}`);
}

/** A CONFLICT shown on the form's field that the server names (details.field), else on `field`. */
const conflictOn = (field: string) => (error: unknown) => {
  if (isApiError(error, 'CONFLICT')) {
    const named = (error.details as { field?: unknown } | undefined)?.field;
    const on = typeof named === 'string' ? named : field;
    throw new ApiError('CONFLICT', error.serverMessage, error.details, { [on]: `er.validation.${on}_taken` });
  }
  throw error;
};

/** A unit's case-number prefix that is fixed (the unit has opened cases), shown on its field. */
const prefixFixed = (error: unknown) => {
  if (isApiError(error, 'INVALID_STATE') && (error.details as { reason?: unknown })?.reason === 'UNIT_HAS_CASES') {
    throw new ApiError('INVALID_STATE', error.serverMessage, error.details, {
      casePrefix: 'er.validation.casePrefix_fixed',
    });
  }
  throw error;
};

async function create(resource: string, data: Values): Promise<RaRecord> {
  if (resource === 'users') {
    const input = {
      username: String(data.username ?? '').trim(),
      displayName: String(data.displayName ?? ''),
      unitId: String(data.unitId ?? ''),
      roles: someOf(data.roles, ROLES),
      clearance: oneOf(data.clearance, CLEARANCES) ?? 'NONE',
      password: String(data.password ?? ''),
    };
    const { createUser } = await request(CreateUserMutation, { input }).catch(conflictOn('username'));
    return toUserRecord(createUser);
  }
  if (resource === 'units') {
    const kind = oneOf(data.kind, UNIT_KINDS) ?? 'OTHER';
    const input = {
      code: String(data.code ?? '').trim(),
      name: String(data.name ?? ''),
      kind,
      casePrefix: text(data.casePrefix) ?? null,
    };
    return (await request(CreateUnitMutation, { input }).catch(conflictOn('name'))).createUnit;
  }
  if (resource === 'cases') return openCase(data);
  if (resource === 'records') return createTextRecord(data);
  if (resource === 'violations') return registerViolation(data);
  if (resource === 'externalRequests') return registerExternal(data);
  if (resource === 'copyApplications') return registerCopy(data);
  throw new ApiError('FORBIDDEN', `Cannot create ${resource}`);
}

async function update(resource: string, id: Identifier, data: Values, previous: RaRecord): Promise<RaRecord> {
  if (resource === 'users') {
    const input = {
      displayName: text(data.displayName) ?? (data.displayName === undefined ? undefined : ''),
      unitId: text(data.unitId),
      roles: Array.isArray(data.roles) ? someOf(data.roles, ROLES) : undefined,
      clearance: oneOf(data.clearance, CLEARANCES),
    };
    return toUserRecord((await request(UpdateUserMutation, { id: String(id), input })).updateUser);
  }
  if (resource === 'units') {
    const casePrefix = text(data.casePrefix) ?? null;
    const input = {
      name: text(data.name) ?? (data.name === undefined ? undefined : ''),
      kind: oneOf(data.kind, UNIT_KINDS),
      // Sent only when changed: a unit with cases keeps its prefix, and an unchanged one is no change.
      casePrefix: casePrefix === (previous.casePrefix ?? null) ? undefined : casePrefix,
    };
    return (
      await request(UpdateUnitMutation, { id: String(id), input })
        .catch(conflictOn('name'))
        .catch(prefixFixed)
    ).updateUnit;
  }
  if (resource === 'records') return correctRecord(String(id), data, previous as EnforcementRecord);
  if (resource === 'violations') return correctViolation(String(id), data, previous as ViolationRecord);
  throw new ApiError('FORBIDDEN', `Cannot update ${resource}`);
}

const neverDeleted = async (): Promise<never> => {
  throw new ApiError('FORBIDDEN', 'Records are never deleted');
};

export interface AppDataProvider extends DataProvider {
  disableUser(id: Identifier): Promise<UserRecord>;
  enableUser(id: Identifier): Promise<UserRecord>;
  unlockUser(id: Identifier): Promise<UserRecord>;
  resetUserPassword(id: Identifier, password: string): Promise<UserRecord>;
  changePassword(currentPassword: string, newPassword: string): Promise<boolean>;
  concludeCase(id: Identifier, concludedOn?: string): Promise<CaseRecord>;
  recordContent(id: Identifier): Promise<{ body: string | null; fileId: string | null }>;
  openRecordFile(recordId: Identifier, mode: FileAccessMode, version?: number): Promise<FileTicket>;
  placeHold(recordId: Identifier, reason: string, longTermReason?: LongTermReason | null): Promise<RecordHold>;
  releaseHold(holdId: string, reason: string): Promise<RecordHold>;
}

export const dataProvider: AppDataProvider = {
  supportAbortSignal: true,
  getList: (resource, params) => getList(resource, params) as Promise<never>,
  getOne: async (resource, { id, signal }) => ({ data: (await getOne(resource, id, signal)) as never }),
  async getMany(resource, { ids, signal }) {
    const results = await Promise.allSettled(ids.map((id) => getOne(resource, id, signal)));
    const failed = results.find((r) => r.status === 'rejected' && !isApiError(r.reason, 'NOT_FOUND'));
    if (failed?.status === 'rejected') throw failed.reason;
    return { data: results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : [])) as never[] };
  },
  getManyReference: (resource, { target, id, filter, ...params }) =>
    getList(resource, { ...params, filter: { ...filter, [target]: id } }) as Promise<never>,
  create: async (resource, { data }) => ({ data: (await create(resource, data)) as never }),
  update: async (resource, { id, data, previousData }) => ({
    data: (await update(resource, id, data, previousData)) as never,
  }),
  updateMany: neverDeleted,
  delete: neverDeleted,
  deleteMany: neverDeleted,
  disableUser: async (id) => toUserRecord((await request(DisableUserMutation, { id: String(id) })).disableUser),
  enableUser: async (id) => toUserRecord((await request(EnableUserMutation, { id: String(id) })).enableUser),
  unlockUser: async (id) => toUserRecord((await request(UnlockUserMutation, { id: String(id) })).unlockUser),
  resetUserPassword: async (id, password) =>
    toUserRecord((await request(ResetUserPasswordMutation, { id: String(id), password })).resetUserPassword),
  changePassword: async (currentPassword, newPassword) =>
    (await request(ChangePasswordMutation, { input: { currentPassword, newPassword } })).changePassword,
  concludeCase: (id, concludedOn) => concludeCase(String(id), concludedOn),
  recordContent: (id) => recordContent(String(id)),
  openRecordFile: (recordId, mode, version) => openRecordFile(String(recordId), mode, version),
  placeHold: (recordId, reason, longTermReason) => placeHold(String(recordId), reason, longTermReason ?? null),
  releaseHold,
};
