import GavelIcon from '@mui/icons-material/Gavel';
import { ViolationCreate } from './ViolationCreate';
import { ViolationList } from './ViolationList';
import { ViolationShow } from './ViolationShow';
import type { ViolationRecord } from './violationData';

export default {
  list: ViolationList,
  show: ViolationShow,
  create: ViolationCreate,
  icon: GavelIcon,
  recordRepresentation: (record: ViolationRecord) => `${record.occurredOn} ${record.person?.displayName ?? ''}`,
};
