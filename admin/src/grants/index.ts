import VpnKeyIcon from '@mui/icons-material/VpnKey';
import { GrantList } from './GrantList';

export default { list: GrantList, icon: VpnKeyIcon };
