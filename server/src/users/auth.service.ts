import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { sharedLimiter } from '../common/expensive.js';
import { AuditOutcome } from '../audit/audit-event.entity.js';
import type { AuditActor, AuditService } from '../audit/audit.service.js';
import { AppError, ErrorCode } from '../common/errors.js';
import type { Config } from '../config.js';
import { checkPasswordPolicy, dummyPasswordHash, hashPassword, verifyPassword } from './password.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

const wrongCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong username or password');

export interface ClientInfo {
  clientAddress: string | null;
  userAgent: string | null;
}

/** Sign-in, sessions and passwords. */
export class AuthService {
  constructor(
    private readonly config: Config,
    private readonly audit: AuditService,
  ) {}

  /**
   * Checks the password and opens a session. Failed attempts are counted atomically and lock the
   * account after `loginMaxFailures` in a row; every attempt is audited. The error never says
   * whether the user exists.
   */
  async login(em: EntityManager, usernameRaw: string, password: string, client: ClientInfo) {
    const username = usernameRaw.trim().toLowerCase();
    const user = await em.findOne(User, { username }, { populate: ['passwordHash', 'unit'] });
    const actor: AuditActor = {
      id: user?.id ?? null,
      username: username.slice(0, 64),
      clientAddress: client.clientAddress,
    };
    const refuse = async (reason: string, error = wrongCredentials()) => {
      await this.audit.appendDetached(em, actor, {
        action: 'auth.login',
        subjectType: 'User',
        subjectId: user?.id ?? null,
        outcome: AuditOutcome.DENIED,
        details: { reason },
      });
      return error;
    };
    // Many failures from one address (guessing across usernames) wait out the window; counted in
    // PostgreSQL so every instance shares them. Only failures count: an office behind one address
    // signing in all morning is not slowed.
    const addressKey = client.clientAddress ?? 'unknown';
    const limiter = this.loginLimiter(em);
    const used = await limiter.get(addressKey);
    if (used && used.consumedPoints >= this.config.loginRatePerAddress) {
      const seconds = Math.max(1, Math.ceil(used.msBeforeNext / 1000));
      throw await refuse(
        'RATE_LIMITED',
        new AppError(ErrorCode.RATE_LIMITED, `Too many failed sign-ins from this address; try again in ${seconds} s`, {
          retryAfterSeconds: seconds,
        }),
      );
    }
    const failed = async (reason: string, error?: AppError) => {
      await limiter.penalty(addressKey, 1);
      return refuse(reason, error);
    };
    if (!user) {
      await verifyPassword(await dummyPasswordHash(), password);
      throw await failed('UNKNOWN_USER');
    }
    if (user.lockedUntil && user.lockedUntil > new Date()) {
      throw await refuse(
        'LOCKED',
        new AppError(ErrorCode.ACCOUNT_LOCKED, 'Account locked after repeated failed sign-ins', {
          lockedUntil: user.lockedUntil.toISOString(),
        }),
      );
    }
    const ok = await verifyPassword(user.passwordHash, password);
    if (!ok) {
      const [row] = await em.execute<{ locked_until: Date | null }[]>(
        `update app_user set
           locked_until = case when failed_login_count + 1 >= ? then now() + (? * interval '1 minute') else locked_until end,
           failed_login_count = case when failed_login_count + 1 >= ? then 0 else failed_login_count + 1 end
         where id = ? and (locked_until is null or locked_until <= now()) returning locked_until`,
        [this.config.loginMaxFailures, this.config.loginLockMinutes, this.config.loginMaxFailures, user.id],
      );
      // No row: another attempt locked the account meanwhile. Either way it counts as locked.
      const lockedNow = !row || (row.locked_until && new Date(row.locked_until) > new Date());
      throw await failed(lockedNow ? 'WRONG_PASSWORD_LOCKED' : 'WRONG_PASSWORD');
    }
    if (!user.active) throw await refuse('DISABLED');

    const token = randomBytes(32).toString('base64url');
    const session = await em.transactional(async (tx) => {
      // Only if no concurrent failure locked the account after the check above.
      const cleared = await tx.nativeUpdate(
        User,
        { id: user.id, $or: [{ lockedUntil: null }, { lockedUntil: { $lte: new Date() } }] },
        { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() },
      );
      if (cleared === 0) return null;
      const s = tx.create(Session, {
        tokenHash: hashToken(token),
        user,
        expiresAt: new Date(Date.now() + this.config.sessionTtlMinutes * 60_000),
        clientAddress: client.clientAddress,
        userAgent: client.userAgent?.slice(0, 255) ?? null,
      });
      await this.audit.append(tx, actor, { action: 'auth.login', subjectType: 'User', subjectId: user.id });
      return s;
    });
    if (!session)
      throw await refuse(
        'LOCKED',
        new AppError(ErrorCode.ACCOUNT_LOCKED, 'Account locked after repeated failed sign-ins'),
      );
    return { token, session, user };
  }

  private limiter: RateLimiterPostgres | null = null;

  /** The failed-sign-in counter per client address, on the shared `rate_limit` table. */
  private loginLimiter(em: EntityManager): RateLimiterPostgres {
    this.limiter ??= sharedLimiter(
      em,
      'login',
      this.config.loginRatePerAddress,
      this.config.loginRateWindowMinutes * 60,
    );
    return this.limiter;
  }

  /** The live session and its user for a token, or null (unknown, expired, revoked, user disabled). */
  async authenticate(em: EntityManager, token: string): Promise<{ session: Session; user: User } | null> {
    if (!token || token.length > 200) return null;
    const session = await em.findOne(
      Session,
      { tokenHash: hashToken(token), revokedAt: null, expiresAt: { $gt: new Date() }, user: { active: true } },
      { populate: ['user', 'user.unit'] },
    );
    return session ? { session, user: session.user } : null;
  }

  /** Ends one session (sign-out). */
  async logout(em: EntityManager, sessionId: string, actor: AuditActor): Promise<void> {
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(Session, { id: sessionId, revokedAt: null }, { revokedAt: new Date() });
      await this.audit.append(tx, actor, { action: 'auth.logout', subjectType: 'Session', subjectId: sessionId });
    });
  }

  /** Ends every open session of a user at once (disabled, password changed or reset). */
  async revokeAll(em: EntityManager, userId: string, exceptSessionId?: string): Promise<number> {
    return em.nativeUpdate(
      Session,
      { user: userId, revokedAt: null, ...(exceptSessionId ? { id: { $ne: exceptSessionId } } : {}) },
      { revokedAt: new Date() },
    );
  }

  /** Changes one's own password after checking the current one; other sessions are ended. */
  async changePassword(
    em: EntityManager,
    userId: string,
    sessionId: string,
    current: string,
    next: string,
    actor: AuditActor,
  ) {
    const user = await em.findOneOrFail(User, { id: userId }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, current))) {
      await this.audit.appendDetached(em, actor, {
        action: 'user.changePassword',
        subjectType: 'User',
        subjectId: userId,
        outcome: AuditOutcome.DENIED,
        details: { reason: 'WRONG_PASSWORD' },
      });
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'The current password is wrong', { field: 'currentPassword' });
    }
    checkPasswordPolicy(next);
    const passwordHash = await hashPassword(next);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(User, { id: userId }, { passwordHash, passwordChangedAt: new Date() });
      const ended = await this.revokeAll(tx, userId, sessionId);
      await this.audit.append(tx, actor, {
        action: 'user.changePassword',
        subjectType: 'User',
        subjectId: userId,
        details: { sessionsEnded: ended },
      });
    });
  }
}
