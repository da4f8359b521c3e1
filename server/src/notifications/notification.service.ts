import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { MediaVolume } from '../archive/media.entity.js';
import type { Transfer } from '../archive/transfer.entity.js';
import type { ApprovalRequest } from '../approvals/approval-request.entity.js';
import { ApprovalStep } from '../approvals/approval-step.entity.js';
import { Decision, RequestStatus } from '../approvals/approval.enums.js';
import { type Action, defineAbilityFor, type SubjectType } from '../authz/ability.js';
import { NO_ROWS } from '../authz/guard.js';
import type { PageArgs } from '../common/pagination.js';
import type { Context } from '../context.js';
import { principalOf } from '../context.js';
import type { Device } from '../devices/device.entity.js';
import type { EnforcementRecord } from '../records/record.entity.js';
import type { Violation } from '../supervision/violation.entity.js';
import { Role } from '../users/roles.js';
import { User } from '../users/user.entity.js';
import { Notification, NotificationKind } from './notification.entity.js';

const DECISION_OF: Partial<Record<RequestStatus, Decision>> = {
  [RequestStatus.APPROVED]: Decision.APPROVE,
  [RequestStatus.REJECTED]: Decision.REJECT,
  [RequestStatus.RETURNED]: Decision.RETURN,
};

/**
 * The console's bell. Recipients are whoever the CASL rules let act on the subject (decide the
 * step, repair the device): the same rules that will allow or refuse the action they are called to.
 */
export class NotificationService {
  /** Active users, of `roles` when given (a necessary condition of the rule), whose ability allows `action`. */
  private async whoMay(
    em: EntityManager,
    action: Action,
    subject: object | SubjectType,
    roles?: Role[],
  ): Promise<User[]> {
    const users = await em.find(User, {
      active: true,
      ...(roles ? { roles: { $overlap: roles } } : {}),
    });
    return users.filter((u) => defineAbilityFor(principalOf(u)).can(action, subject as never));
  }

  private send(em: EntityManager, users: User[], n: Omit<Notification, 'id' | 'user' | 'createdAt' | 'readAt'>) {
    for (const user of users) em.create(Notification, { ...n, user });
  }

  /** The request now waits on a step: tell each person who may decide it (in the caller's transaction). */
  async approvalWaiting(em: EntityManager, request: ApprovalRequest): Promise<void> {
    const step = await em.findOne(ApprovalStep, { request, waiting: true });
    if (!step) return;
    const deciders = await this.whoMay(em, 'approve', step, [step.role]);
    this.send(em, deciders, {
      kind: NotificationKind.APPROVAL_WAITING,
      subjectType: 'ApprovalRequest',
      subjectId: request.id,
      summary: request.summary,
    });
  }

  /** The request is decided or withdrawn: calls to decide it are settled for everyone. */
  async settle(em: EntityManager, request: ApprovalRequest): Promise<void> {
    await em.nativeUpdate(
      Notification,
      { subjectId: request.id, kind: NotificationKind.APPROVAL_WAITING, readAt: null },
      { readAt: new Date() },
    );
  }

  /** The request reached an end (or came back for changes): tell its requester. */
  requestDecided(em: EntityManager, request: ApprovalRequest): void {
    const decision = DECISION_OF[request.status as RequestStatus];
    if (!decision) return;
    this.send(em, [request.requester as User], {
      kind: NotificationKind.REQUEST_DECIDED,
      subjectType: 'ApprovalRequest',
      subjectId: request.id,
      summary: request.summary,
      decision,
    });
  }

  /** A fault blocks the device: tell the office and the unit's keepers, who may follow the repair. */
  async deviceFault(em: EntityManager, device: Device, description: string): Promise<void> {
    const keepers = await this.whoMay(em, 'repair', device);
    this.send(em, keepers, {
      kind: NotificationKind.DEVICE_FAULT,
      subjectType: 'Device',
      subjectId: device.id,
      summary: `${device.number}: ${description}`.slice(0, 300),
    });
  }

  /** A long-term medium's yearly re-check is due: tell the archivists who may verify it. */
  async mediaRecheckDue(em: EntityManager, volume: MediaVolume, summary: string): Promise<void> {
    const keepers = await this.whoMay(em, 'verify', volume, [Role.archivist]);
    this.send(em, keepers, {
      kind: NotificationKind.MEDIA_RECHECK_DUE,
      subjectType: 'MediaVolume',
      subjectId: volume.id,
      summary: summary.slice(0, 300),
    });
  }

  /**
   * Records came due for disposal: each active archivist who may make disposal lists is told, in
   * one notice, how many of them they may read (a state secret above their clearance is not
   * counted). The subject is the earliest due of those. Returns how many were told.
   */
  async disposalDue(em: EntityManager, records: EnforcementRecord[]): Promise<number> {
    const archivists = await this.whoMay(em, 'create', 'DisposalList', [Role.archivist]);
    let told = 0;
    for (const user of archivists) {
      const ability = defineAbilityFor(principalOf(user));
      const theirs = records.filter((r) => ability.can('read', r));
      if (!theirs.length) continue;
      const first = theirs.reduce((a, b) => ((a.retainUntil ?? '') <= (b.retainUntil ?? '') ? a : b));
      this.send(em, [user], {
        kind: NotificationKind.DISPOSAL_DUE,
        subjectType: 'DisposalCandidates',
        subjectId: first.id,
        summary: `${theirs.length} 件材料保管期限已满（最早 ${first.retainUntil} 到期），可拟制销毁清单`,
      });
      told++;
    }
    return told;
  }

  /**
   * The archive accepted or returned a transfer: tell its unit's clerks and heads, who may read it
   * (and, when it is returned, correct and resubmit it). Archivists of other units are not told.
   */
  async transferDecided(em: EntityManager, transfer: Transfer, decision: Decision, summary: string): Promise<void> {
    const unitId = (transfer.unit as { id: string }).id;
    const people = await this.whoMay(em, 'read', transfer, [Role.unitClerk, Role.unitHead]);
    this.send(
      em,
      people.filter((u) => u.unit.id === unitId),
      {
        kind: NotificationKind.TRANSFER_DECIDED,
        subjectType: 'Transfer',
        subjectId: transfer.id,
        summary: summary.slice(0, 300),
        decision,
      },
    );
  }

  /**
   * An outcome is now recorded on a register entry: tell the responsible person, who may read the
   * entry from now on (Art. 21: a sanction is made known with its grounds). The subject is the
   * entry, whose id stays the same through later corrections.
   */
  violationOutcome(em: EntityManager, v: Violation): void {
    const person = v.person as User;
    if (!person.active || !defineAbilityFor(principalOf(person)).can('read', v)) return;
    const finding = v.finding.length > 80 ? `${v.finding.slice(0, 79)}…` : v.finding;
    this.send(em, [person], {
      kind: NotificationKind.VIOLATION_OUTCOME,
      subjectType: 'Violation',
      subjectId: v.entry.id,
      summary: `${v.occurredOn} ${finding}`.replace(/\s+/g, ' ').slice(0, 300),
    });
  }

  private mine(ctx: Context, action: 'read' | 'update'): FilterQuery<Notification> {
    return (ctx.authz.filter<Notification>(action, 'Notification', Notification) ??
      NO_ROWS) as FilterQuery<Notification>;
  }

  /** The caller's notifications, newest first, with how many are unread. */
  async list(ctx: Context, unreadOnly: boolean, page: PageArgs) {
    const allowed = this.mine(ctx, 'read');
    const where = { $and: [allowed, unreadOnly ? { readAt: null } : {}] } as FilterQuery<Notification>;
    const [items, total] = await ctx.em.findAndCount(Notification, where, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: page.perPage,
      offset: (page.page - 1) * page.perPage,
    });
    const unread = unreadOnly
      ? total
      : await ctx.em.count(Notification, { $and: [allowed, { readAt: null }] } as FilterQuery<Notification>);
    return { items, total, unread };
  }

  /** Marks the caller's notifications read: these, or all of them. Returns how many changed. */
  async markRead(ctx: Context, ids: string[] | null): Promise<number> {
    const allowed = this.mine(ctx, 'update');
    const where = { $and: [allowed, { readAt: null }, ids ? { id: { $in: ids } } : {}] } as FilterQuery<Notification>;
    return ctx.em.nativeUpdate(Notification, where, { readAt: new Date() });
  }
}
