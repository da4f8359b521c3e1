import { Menu } from 'react-admin';
import { useAppAbility } from '../auth/ability';

/** 案卷移交, 保管期限表, 到期待销毁, 销毁清单 and the long-term media register, for whoever the rules let see them. */
export const ArchiveMenuItems = () => {
  const ability = useAppAbility();
  return (
    <>
      {ability.can('read', 'Transfer') && <Menu.ResourceItem name="transfers" />}
      {ability.can('read', 'RetentionRule') && <Menu.ResourceItem name="retentionRules" />}
      {ability.can('create', 'DisposalList') && <Menu.ResourceItem name="disposalCandidates" />}
      {ability.can('read', 'DisposalList') && <Menu.ResourceItem name="disposalLists" />}
      {ability.can('read', 'MediaSet') && <Menu.ResourceItem name="mediaSets" />}
      {ability.can('read', 'MediaVolume') && <Menu.ResourceItem name="mediaRechecks" />}
    </>
  );
};
