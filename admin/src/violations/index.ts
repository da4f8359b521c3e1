import GavelIcon from '@mui/icons-material/Gavel';
import PersonSearchIcon from '@mui/icons-material/PersonSearch';
import { MyViolationList } from './MyViolationList';
import { MyViolationShow } from './MyViolationShow';
import { ViolationCreate } from './ViolationCreate';
import { ViolationList } from './ViolationList';
import { ViolationShow } from './ViolationShow';
import type { ViolationRecord } from './violationData';

/** 我的违规登记: the entries about the signed-in user, once an outcome is recorded on them. */
export const myViolations = {
  list: MyViolationList,
  show: MyViolationShow,
  icon: PersonSearchIcon,
  recordRepresentation: (record: ViolationRecord) => record.occurredOn,
};

export default {
  list: ViolationList,
  show: ViolationShow,
  create: ViolationCreate,
  icon: GavelIcon,
  recordRepresentation: (record: ViolationRecord) => `${record.occurredOn} ${record.person?.displayName ?? ''}`,
};
