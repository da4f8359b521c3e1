import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { UnitRecord } from '../common/records';
import { UnitCreate } from './UnitCreate';
import { UnitEdit } from './UnitEdit';
import { UnitList } from './UnitList';
import { UnitShow } from './UnitShow';

export default {
  list: UnitList,
  show: UnitShow,
  create: UnitCreate,
  edit: UnitEdit,
  icon: AccountTreeIcon,
  recordRepresentation: (record: UnitRecord) => `${record.name}（${record.code}）`,
};
