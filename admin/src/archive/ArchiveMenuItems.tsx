import { Menu } from 'react-admin';
import { useAppAbility } from '../auth/ability';

/** 案卷移交, 保管期限表 and the long-term media register, for whoever the rules let read them. */
export const ArchiveMenuItems = () => {
  const ability = useAppAbility();
  return (
    <>
      {ability.can('read', 'Transfer') && <Menu.ResourceItem name="transfers" />}
      {ability.can('read', 'RetentionRule') && <Menu.ResourceItem name="retentionRules" />}
      {ability.can('read', 'MediaSet') && <Menu.ResourceItem name="mediaSets" />}
      {ability.can('read', 'MediaVolume') && <Menu.ResourceItem name="mediaRechecks" />}
    </>
  );
};
