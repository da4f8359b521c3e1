import { AuditEvent } from '../audit/audit-event.entity.js';
import { Unit } from '../units/unit.entity.js';
import { Session } from '../users/session.entity.js';
import { User } from '../users/user.entity.js';

/** Every entity, listed explicitly so that tsc output, vitest and the CLI see the same set. */
export const entities = [Unit, User, Session, AuditEvent];
