import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { RetentionRuleEdit, RetentionRuleList } from './RetentionRules';
import { TransferList } from './TransferList';
import { TransferShow } from './TransferShow';

/** 案卷移交: the units' transfers and the archive's incoming queue. */
export const transfers = {
  list: TransferList,
  show: TransferShow,
  icon: MoveToInboxIcon,
  recordRepresentation: (r: { number: string }) => r.number,
};

/** 保管期限表 */
export const retentionRules = {
  list: RetentionRuleList,
  edit: RetentionRuleEdit,
  icon: ScheduleIcon,
};
