import type { AuthProvider, UserIdentity } from 'react-admin';
import { asSubject, ability, canAll, type Action, type SubjectType } from './auth/ability';
import { getSession, setSession } from './auth/session';
import { LoginMutation, LogoutMutation, MeQuery } from './graphql/auth';
import { isApiError, request } from './graphql/client';

export const subjectOfResource: Record<string, SubjectType> = {
  users: 'User',
  units: 'Unit',
  auditEvents: 'AuditEvent',
  cases: 'Case',
  records: 'Record',
  recordVersions: 'Record',
  uploads: 'Upload',
  devices: 'Device',
  offloads: 'DeviceCheckout',
  approvals: 'ApprovalStep',
  approvalRequests: 'ApprovalRequest',
  grants: 'AccessGrant',
  allGrants: 'AccessGrant',
  viewingRequests: 'ViewingRequest',
  approvalPolicies: 'ApprovalPolicy',
  violations: 'Violation',
  violationVersions: 'Violation',
  myViolations: 'Violation',
  externalRequests: 'Disclosure',
  copyApplications: 'Disclosure',
  transfers: 'Transfer',
  retentionRules: 'RetentionRule',
  caseHolds: 'CaseHold',
  disposalCandidates: 'DisposalList',
  disposalLists: 'DisposalList',
  mediaSets: 'MediaSet',
  mediaRechecks: 'MediaVolume',
  complianceItems: 'ComplianceReport',
  notifications: 'Notification',
};

/** The two queues of one subject: each page is for those whose rules name its type. */
const typeOfResource: Record<string, string> = { externalRequests: 'EXTERNAL', copyApplications: 'PARTY_COPY' };

/** Pages whose rule is not the CRUD verb: the queue lists steps to decide; the policy page edits. */
const actionOfResource: Record<string, Partial<Record<string, Action>>> = {
  approvals: { list: 'approve' },
  approvalPolicies: { list: 'update' },
  disposalCandidates: { list: 'create' },
};

const actionOf: Record<string, Action> = {
  list: 'read',
  show: 'read',
  create: 'create',
  edit: 'update',
};

let inFlight: Promise<ReturnType<typeof getSession>> | null = null;

function refreshSession() {
  inFlight ??= request(MeQuery, {})
    .then(({ me }) => {
      setSession(me);
      return getSession();
    })
    .finally(() => {
      inFlight = null;
    });
  return inFlight;
}

const ensureSession = async () => getSession() ?? (await refreshSession());

function loginError(error: unknown): Error {
  if (isApiError(error, 'ACCOUNT_LOCKED')) return new Error('er.auth.account_locked');
  if (isApiError(error, 'RATE_LIMITED')) return new Error('er.auth.rate_limited');
  if (isApiError(error, 'UNAUTHENTICATED') || isApiError(error, 'BAD_USER_INPUT')) {
    return new Error('er.auth.wrong_credentials');
  }
  return error instanceof Error ? error : new Error('er.error.INTERNAL_SERVER_ERROR');
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const { login } = await request(LoginMutation, { input: { username, password, cookie: true } });
      setSession(login);
    } catch (error) {
      throw loginError(error);
    }
  },

  async logout() {
    if (getSession() !== null) {
      try {
        await request(LogoutMutation, {});
      } catch (error) {
        if (!isApiError(error, 'UNAUTHENTICATED')) throw error;
      }
    }
    setSession(null);
  },

  async checkAuth() {
    const hadSession = getSession() !== null;
    if (await refreshSession()) return;
    throw hadSession ? new Error('er.auth.session_expired') : { message: false };
  },

  async checkError(error: unknown) {
    if (isApiError(error, 'UNAUTHENTICATED')) {
      setSession(null);
      throw new Error('er.auth.session_expired');
    }
  },

  async getIdentity(): Promise<UserIdentity> {
    const session = await ensureSession();
    if (!session) throw new Error('er.auth.session_expired');
    const { user } = session;
    return { id: user.id, fullName: user.displayName, username: user.username, unit: user.unit.name };
  },

  async getPermissions() {
    await ensureSession();
    return ability;
  },

  async canAccess({ action, resource, record }: { action: string; resource: string; record?: object }) {
    await ensureSession();
    const type = subjectOfResource[resource];
    const verb = actionOfResource[resource]?.[action] ?? actionOf[action];
    if (!type || !verb) return false;
    // The register is a page for those who keep or review it; a person reads only their own entries.
    if (resource === 'violations' && !record && action !== 'create') return canAll(ability, 'read', 'Violation');
    const ofType = typeOfResource[resource];
    if (ofType) return ability.can(verb, asSubject(type, { type: ofType, ...record }));
    return ability.can(verb, record ? asSubject(type, record) : type);
  },
};
