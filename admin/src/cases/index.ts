import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import type { CaseRecord } from '../common/records';
import { CaseCreate } from './CaseCreate';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export default {
  list: CaseList,
  show: CaseShow,
  create: CaseCreate,
  icon: FolderOpenIcon,
  recordRepresentation: (record: CaseRecord) => record.number,
};
