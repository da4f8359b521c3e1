import { useGetOne } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useSession } from '../auth/session';
import type { ApprovalPolicyQuery, Role } from '../gql/graphql';

type Policy = ApprovalPolicyQuery['approvalPolicy'] & { id: string };

interface StepLike {
  role: Role;
  waiting: boolean;
  minClearanceRank: number;
}

/**
 * Whether the rules let the caller decide a step. The API does not say which unit a "same unit"
 * step belongs to, so both readings (any unit, the caller's own) are tried; the server decides.
 */
export function useCanDecide() {
  const ability = useAppAbility();
  const session = useSession();
  return (step: StepLike, requesterId: string | null | undefined) =>
    [null, session?.user.unit.id ?? null].some((unitId) =>
      ability.can('approve', asSubject('ApprovalStep', { ...step, unitId, requesterId: requesterId ?? '' })),
    );
}

/** A decider: someone the rules let decide a step of the viewing policy in force (待审批 for them). */
export function useIsDecider(): boolean {
  const canDecide = useCanDecide();
  const { data } = useGetOne<Policy>('approvalPolicies', { id: 'VIEWING' }, { staleTime: 5 * 60_000 });
  const roles = new Set((data?.rules ?? []).flatMap((rule) => rule.steps.map((step) => step.role)));
  return [...roles].some((role) => canDecide({ role, waiting: true, minClearanceRank: 0 }, null));
}
