import { Menu } from 'react-admin';
import { useAppAbility } from '../auth/ability';

/** 调取登记 and 复制申请 for whoever the rules let read them (their handlers, leaders, supervisors). */
export const DisclosureMenuItems = () => {
  const ability = useAppAbility();
  const reads = (type: 'EXTERNAL' | 'PARTY_COPY') => ability.can('read', { __typename: 'Disclosure', type });
  return (
    <>
      {reads('EXTERNAL') && <Menu.ResourceItem name="externalRequests" />}
      {reads('PARTY_COPY') && <Menu.ResourceItem name="copyApplications" />}
    </>
  );
};
