import { Menu } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useIsDecider } from './useDecider';

/**
 * 待审批 for those the rules let decide a step of the policy in force; 我的申请 and 我的授权 for
 * those who read records and so may ask to view them; 审批规则 for those who may change the policies.
 */
export const ApprovalMenuItems = () => {
  const ability = useAppAbility();
  const decider = useIsDecider();
  const requester = ability.can('read', 'Record') && ability.can('read', 'ApprovalRequest');
  // Reading a grant of somebody else means reading all of them (leaders, legal, supervisors).
  const overseer = ability.can('read', asSubject('AccessGrant', { user: { id: '' } }));
  return (
    <>
      {decider && <Menu.ResourceItem name="approvals" />}
      {requester && <Menu.ResourceItem name="approvalRequests" />}
      {requester && <Menu.ResourceItem name="grants" />}
      {overseer && <Menu.ResourceItem name="allGrants" />}
      {ability.can('update', 'ApprovalPolicy') && <Menu.ResourceItem name="approvalPolicies" />}
    </>
  );
};
