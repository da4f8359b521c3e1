import { Menu } from 'react-admin';
import { useAppAbility } from '../auth/ability';

/**
 * 执法记录设备 and 每日导出看板. The board counts the uploads its viewer may read, so it is only
 * offered to those who read records as well as checkouts (not to 信息中心, which sees no evidence).
 */
export const DeviceMenuItems = () => {
  const ability = useAppAbility();
  return (
    <>
      {ability.can('read', 'Device') && <Menu.ResourceItem name="devices" />}
      {ability.can('read', 'DeviceCheckout') && ability.can('read', 'Record') && <Menu.ResourceItem name="offloads" />}
    </>
  );
};
