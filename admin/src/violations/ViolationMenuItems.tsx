import { Menu } from 'react-admin';
import { canAll, useAppAbility } from '../auth/ability';

/**
 * 责任追究登记 for those who keep or review the register (supervisors, leaders): an unconditional
 * read rule. 我的违规登记 for everyone who may read entries about themselves, which is every member
 * of staff: always there, empty until an outcome is recorded, so the menu says nothing before that.
 */
export const ViolationMenuItems = () => {
  const ability = useAppAbility();
  return (
    <>
      {canAll(ability, 'read', 'Violation') && <Menu.ResourceItem name="violations" />}
      {ability.can('read', 'Violation') && <Menu.ResourceItem name="myViolations" />}
    </>
  );
};
