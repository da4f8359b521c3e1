import { Menu } from 'react-admin';
import { useAppAbility } from '../auth/ability';

/**
 * 责任追究登记 in the menu for those who keep or review the register (supervisors, leaders): an
 * unconditional rule to read it. A person may read entries about themselves, but the register
 * is not their page.
 */
export const ViolationMenuItem = () => {
  const ability = useAppAbility();
  const keeps = ability.rulesFor('read', 'Violation').some((r) => !r.inverted && !r.conditions);
  return keeps ? <Menu.ResourceItem name="violations" /> : null;
};
