import type { DataProvider, GetListParams, Identifier, RaRecord } from 'react-admin';
import { CLEARANCES, OUTCOMES, ROLES, UNIT_KINDS, oneOf, someOf } from './common/domain';
import type { AuditEventFilter, SortOrder, UnitFilter, UserFilter } from './gql/graphql';
import { AuditEventQuery, AuditEventsQuery } from './graphql/audit';
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
import { toAuditRecord, toUserRecord, type UserRecord } from './records';

type Filter = Record<string, unknown>;

const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const bool = (v: unknown) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined);
const iso = (v: unknown) => {
  if (!(typeof v === 'string' || v instanceof Date) || v === '') return undefined;
  const date = new Date(v);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

const userFilter = (f: Filter): UserFilter => ({
  q: text(f.q),
  unitId: text(f.unitId),
  role: oneOf(f.role, ROLES),
  active: bool(f.active),
});
const unitFilter = (f: Filter): UnitFilter => ({ q: text(f.q), kind: oneOf(f.kind, UNIT_KINDS) });
const auditFilter = (f: Filter): AuditEventFilter => ({
  actorId: text(f.actorId),
  action: text(f.action),
  outcome: oneOf(f.outcome, OUTCOMES),
  subjectType: text(f.subjectType),
  subjectId: text(f.subjectId),
  from: iso(f.from),
  to: iso(f.to),
});

/** Page and sort arguments; a sort equal to the list's server-side default is left to the server. */
function pageArgs(params: GetListParams, idField: string | null, serverDefault?: { field: string; order: SortOrder }) {
  const field = params.sort?.field === 'id' ? idField : (params.sort?.field ?? null);
  const order: SortOrder = params.sort?.order === 'DESC' ? 'DESC' : 'ASC';
  const isDefault = serverDefault?.field === field && serverDefault.order === order;
  return {
    page: params.pagination?.page ?? 1,
    perPage: params.pagination?.perPage ?? 25,
    sortField: field && !isDefault ? field : null,
    sortOrder: field && !isDefault ? order : null,
  };
}

async function getList(resource: string, params: GetListParams): Promise<{ data: RaRecord[]; total: number }> {
  const filter = (params.filter ?? {}) as Filter;
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
  }
  throw new ApiError('NOT_FOUND', `Unknown resource ${resource}`);
}

const conflictOn = (field: string) => (error: unknown) => {
  if (isApiError(error, 'CONFLICT')) {
    throw new ApiError('CONFLICT', error.serverMessage, undefined, { [field]: `er.validation.${field}_taken` });
  }
  throw error;
};

async function create(resource: string, data: Filter): Promise<RaRecord> {
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
    const input = { code: String(data.code ?? '').trim(), name: String(data.name ?? ''), kind };
    return (await request(CreateUnitMutation, { input }).catch(conflictOn('name'))).createUnit;
  }
  throw new ApiError('FORBIDDEN', `Cannot create ${resource}`);
}

async function update(resource: string, id: Identifier, data: Filter): Promise<RaRecord> {
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
    const input = {
      name: text(data.name) ?? (data.name === undefined ? undefined : ''),
      kind: oneOf(data.kind, UNIT_KINDS),
    };
    return (await request(UpdateUnitMutation, { id: String(id), input }).catch(conflictOn('name'))).updateUnit;
  }
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
  update: async (resource, { id, data }) => ({ data: (await update(resource, id, data)) as never }),
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
};
