import { useAppAbility, type AppAbility } from '../auth/ability';
import { useSession, type Session } from '../auth/session';
import { CASE_ROLES, CASE_STATUSES, someOf } from '../common/domain';
import type { CaseFilter } from '../gql/graphql';

type Conditions = Record<string, unknown> | undefined;

/**
 * The cases a user may add records to now, as a cases filter read from the rules: the whole unit's
 * (a unit clerk) or those they handle, in the case statuses the rules allow.
 */
export function recordableCaseFilter(ability: AppAbility, session: Session | null): CaseFilter {
  const rules = ability.rulesFor('create', 'Record').filter((rule) => !rule.inverted);
  const conditions = rules.map((rule) => rule.conditions as Conditions);
  const byUnit = conditions.some((c) => c && 'unit.id' in c);
  const statuses = conditions.flatMap((c) => someOf((c?.['case.status'] as { $in?: unknown })?.$in, CASE_STATUSES));
  return {
    statuses: statuses.length ? [...new Set(statuses)] : undefined,
    ...(byUnit ? { unitId: session?.user.unit.id } : { officerId: session?.user.id }),
  };
}

/** Whether the user works on cases at all (handling officers and unit clerks) and the rules let them record. */
export function useMayAddRecords(): boolean {
  const ability = useAppAbility();
  const roles = useSession()?.user.roles ?? [];
  return ability.can('create', 'Record') && CASE_ROLES.some((role) => roles.includes(role));
}
