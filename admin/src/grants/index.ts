import VpnKeyIcon from '@mui/icons-material/VpnKey';
import AdminPanelSettingsIcon from '@mui/icons-material/AdminPanelSettings';
import { AllGrantList } from './AllGrantList';
import { GrantList } from './GrantList';

export default { list: GrantList, icon: VpnKeyIcon };

/** 授权管理: everyone's grants, for those who oversee them. */
export const allGrants = { list: AllGrantList, icon: AdminPanelSettingsIcon };
