import { Menu } from 'react-admin';
import { useAppAbility } from '../auth/ability';

/** 案卷移交 and 保管期限表, for whoever the rules let read them. */
export const ArchiveMenuItems = () => {
  const ability = useAppAbility();
  return (
    <>
      {ability.can('read', 'Transfer') && <Menu.ResourceItem name="transfers" />}
      {ability.can('read', 'RetentionRule') && <Menu.ResourceItem name="retentionRules" />}
    </>
  );
};
