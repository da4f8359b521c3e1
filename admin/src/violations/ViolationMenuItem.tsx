import { Menu } from 'react-admin';
import { canAll, useAppAbility } from '../auth/ability';

/**
 * 责任追究登记 in the menu for those who keep or review the register (supervisors, leaders). A
 * person may read entries about themselves, but the register is not their page.
 */
export const ViolationMenuItem = () => {
  const ability = useAppAbility();
  return canAll(ability, 'read', 'Violation') ? <Menu.ResourceItem name="violations" /> : null;
};
