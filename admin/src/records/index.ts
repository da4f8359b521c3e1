import DescriptionIcon from '@mui/icons-material/Description';
import type { EnforcementRecord } from '../common/records';
import { RecordCreate } from './RecordCreate';
import { RecordEdit } from './RecordEdit';
import { RecordList } from './RecordList';
import { RecordShow } from './RecordShow';

export default {
  list: RecordList,
  show: RecordShow,
  create: RecordCreate,
  edit: RecordEdit,
  icon: DescriptionIcon,
  recordRepresentation: (record: EnforcementRecord) => record.title,
};
