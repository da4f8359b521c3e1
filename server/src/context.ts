import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';
import type { Request, Response } from 'express';
import { DisposalService } from './archive/disposal.service.js';
import { HoldService } from './archive/hold.service.js';
import { AuditService, type AuditActor } from './audit/audit.service.js';
import { defineAbilityFor, type Principal, type PrincipalGrant } from './authz/ability.js';
import { Authz } from './authz/guard.js';
import type { Config } from './config.js';
import { CaseService } from './cases/case.service.js';
import { DeviceService } from './devices/device.service.js';
import { createOpenCheckoutLoader } from './devices/device.loaders.js';
import type { DeviceCheckout } from './devices/checkout.entity.js';
import { createCaseLoader, createFileLoader, createHoldLoader } from './records/record.loaders.js';
import type { RecordHold } from './records/record-hold.entity.js';
import type { Case } from './cases/case.entity.js';
import { RecordService } from './records/record.service.js';
import { FileAccessService } from './files/file-access.service.js';
import { FixityService } from './files/fixity.service.js';
import { Jobs } from './jobs/jobs.js';
import { CheckpointService } from './audit/checkpoints.js';
import { ApprovalService } from './approvals/approval.service.js';
import { PolicyService } from './approvals/policy.service.js';
import { AccessRequestService } from './access-requests/access-request.service.js';
import { IntakeService } from './files/intake.service.js';
import type { StoredFile } from './files/stored-file.entity.js';
import { createRecordDeviceLoader, type RecordDeviceFacts } from './files/record-device.js';
import type { EnforcementRecord } from './records/record.entity.js';
import { NotificationService } from './notifications/notification.service.js';
import { createEvidenceLoader, type EvidenceFacts } from './supervision/evidence.loader.js';
import { ViolationService } from './supervision/violation.service.js';
import { UnitService } from './units/unit.service.js';
import { AttachmentService } from './disclosures/attachment.service.js';
import { TransferService } from './archive/transfer.service.js';
import { DisclosureService } from './disclosures/disclosure.service.js';
import { ExportService } from './exports/export.service.js';
import { MediaService } from './archive/media.service.js';
import { AuthService } from './users/auth.service.js';
import type { Session } from './users/session.entity.js';
import type { User } from './users/user.entity.js';
import { createUserLoader } from './users/user.loader.js';
import { ExpensiveLimiter } from './common/expensive.js';
import { ComplianceService } from './supervision/compliance.service.js';
import { UserService } from './users/user.service.js';

/** The long-lived parts of the server, built once at start. */
export interface Services {
  config: Config;
  orm: MikroORM;
  audit: AuditService;
  auth: AuthService;
  users: UserService;
  units: UnitService;
  cases: CaseService;
  records: RecordService;
  devices: DeviceService;
  intake: IntakeService;
  fileAccess: FileAccessService;
  fixity: FixityService;
  approvals: ApprovalService;
  policies: PolicyService;
  accessRequests: AccessRequestService;
  checkpoints: CheckpointService;
  notifications: NotificationService;
  violations: ViolationService;
  /** Supervision reports (Art. 7, 8, 13, access, fixity, requests). */
  compliance: ComplianceService;
  /** The per-person budget of expensive reads. */
  expensive: ExpensiveLimiter;
  disclosures: DisclosureService;
  exports: ExportService;
  attachments: AttachmentService;
  transfers: TransferService;
  holds: HoldService;
  disposals: DisposalService;
  /** Long-term media (Art. 15): sets, volumes, read-back and yearly re-checks. */
  media: MediaService;
  /** Background work; started by the server process when JOBS is on. */
  jobs: Jobs;
}

export function createServices(config: Config, orm: MikroORM): Services {
  const audit = new AuditService();
  const auth = new AuthService(config, audit);
  const intake = new IntakeService(config, audit);
  const notifications = new NotificationService();
  const approvals = new ApprovalService(audit, notifications);
  const services: Services = {
    config,
    orm,
    audit,
    auth,
    users: new UserService(audit, auth),
    units: new UnitService(audit),
    cases: new CaseService(audit),
    records: new RecordService(audit),
    devices: new DeviceService(audit, notifications),
    intake,
    fileAccess: new FileAccessService(audit, intake.store),
    fixity: new FixityService(audit, intake.store, intake.hashes, config.fixityCycleDays),
    approvals,
    policies: new PolicyService(audit),
    accessRequests: new AccessRequestService(audit, approvals),
    checkpoints: new CheckpointService(config.auditKeyFile),
    notifications,
    violations: new ViolationService(audit, notifications),
    compliance: new ComplianceService(audit),
    expensive: new ExpensiveLimiter(config),
    disclosures: new DisclosureService(audit, approvals),
    exports: new ExportService(config, audit, intake.store),
    attachments: new AttachmentService(config, audit, intake.store),
    holds: new HoldService(audit, config.avShortRetentionMonths),
    disposals: new DisposalService(audit, approvals, intake.store, notifications),
    media: new MediaService(config, audit, intake.store, notifications),
  } as Services;
  services.transfers = new TransferService(config, audit, approvals, services.fixity, intake.store, notifications);
  services.jobs = new Jobs(services);
  return services;
}

/**
 * Stops what the services run beside requests: the job queue (if started), and the hashing worker
 * threads and timers of intake, exports and long-term media, so the process can end. The ORM is
 * the caller's to close.
 */
export async function stopServices(services: Services): Promise<void> {
  await services.jobs.stop();
  await services.intake.close();
  await services.exports.close();
  await services.media.close();
}

/** Everything one request knows: its own EntityManager, who is asking, and what they may do. */
export interface Context {
  em: EntityManager;
  services: Services;
  user: User | null;
  session: Session | null;
  principal: Principal | null;
  actor: AuditActor;
  authz: Authz;
  /** Batch loaders, one set per request (they cache what this caller may see). */
  loaders: {
    users: DataLoader<string, User | undefined>;
    holds: DataLoader<string, RecordHold[]>;
    cases: DataLoader<string, Case>;
    openCheckouts: DataLoader<string, DeviceCheckout | null>;
    files: DataLoader<string, StoredFile | undefined>;
    recordDevices: DataLoader<EnforcementRecord, RecordDeviceFacts>;
    /** Evidence links of the Art. 21 register, as the caller may see them (keyed `KIND:ref`). */
    evidence: DataLoader<string, EvidenceFacts>;
  };
  /** The Express request and response (absent for work done outside GraphQL, e.g. a tus hook). */
  req?: Request;
  res?: Response;
}

export const principalOf = (user: User, grants: PrincipalGrant[] = []): Principal => ({
  id: user.id,
  username: user.username,
  unitId: user.unit.id,
  roles: user.roles,
  clearance: user.clearance,
  grants,
});

/** The user's grants in force now: read on every request, so a revoked or expired one stops at once. */
export async function activeGrants(em: EntityManager, userId: string): Promise<PrincipalGrant[]> {
  const rows = await em.execute<{ id: string; record_id: string; actions: string[] | string }[]>(
    `select id, record_id, actions from access_grant
      where user_id = ? and revoked_at is null and valid_from <= now() and expires_at > now()`,
    [userId],
  );
  return rows.map((r) => ({
    id: r.id,
    recordId: r.record_id,
    actions: (Array.isArray(r.actions) ? r.actions : String(r.actions).replace(/[{}]/g, '').split(','))
      .filter(Boolean)
      .map((a) => (a === 'VIEW' ? 'view' : 'download')),
  }));
}

/** The session token of a request: `Authorization: Bearer …`, else the console's cookie. */
export function tokenOf(req: Request, cookieName: string): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const cookies = (req as Request & { cookies?: Record<string, string> }).cookies;
  return cookies?.[cookieName] ?? null;
}

export const clientAddressOf = (req: Request) => (req.ip ?? req.socket.remoteAddress ?? null)?.slice(0, 64) ?? null;

/** After sign-in within a request: the rest of the request acts as the new user. */
export function actAs(ctx: Context, user: User, session: Session): void {
  ctx.user = user;
  ctx.session = session;
  ctx.principal = principalOf(user);
  ctx.actor = { id: user.id, username: user.username, clientAddress: ctx.actor.clientAddress };
  ctx.authz = new Authz(ctx.principal, defineAbilityFor(ctx.principal), ctx.em, ctx.services.audit, ctx.actor);
  ctx.loaders = createLoaders(ctx);
}

/** The request's batch loaders; the user loader reads the caller's current rules when it runs. */
function createLoaders(ctx: Context): Context['loaders'] {
  return {
    users: createUserLoader(ctx.em, () => ctx.authz),
    holds: createHoldLoader(ctx.em),
    cases: createCaseLoader(ctx.em),
    openCheckouts: createOpenCheckoutLoader(ctx.em),
    files: createFileLoader(ctx.em),
    recordDevices: createRecordDeviceLoader(ctx.em),
    evidence: createEvidenceLoader(ctx.em, () => ctx.authz),
  };
}

/** A context for `user` (or nobody) on `em`, for work that does not come through GraphQL. */
export function contextFor(
  services: Services,
  em: EntityManager,
  found: { user: User; session: Session | null } | null,
  clientAddress: string | null,
  grants: PrincipalGrant[] = [],
): Context {
  const user = found?.user ?? null;
  const principal = user ? principalOf(user, grants) : null;
  const actor: AuditActor = { id: user?.id ?? null, username: user?.username ?? null, clientAddress };
  const authz = new Authz(principal, defineAbilityFor(principal), em, services.audit, actor);
  const ctx = { em, services, user, session: found?.session ?? null, principal, actor, authz } as Context;
  ctx.loaders = createLoaders(ctx);
  return ctx;
}

/** Builds the per-request context: a forked EntityManager and the caller's ability. */
export async function buildContext(services: Services, req: Request, res: Response): Promise<Context> {
  const em = services.orm.em.fork() as EntityManager;
  const token = tokenOf(req, services.config.cookieName);
  const found = token ? await services.auth.authenticate(em, token) : null;
  const grants = found ? await activeGrants(em, found.user.id) : [];
  return Object.assign(contextFor(services, em, found, clientAddressOf(req), grants), { req, res });
}
