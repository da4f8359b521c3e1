import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import PlaylistRemoveIcon from '@mui/icons-material/PlaylistRemove';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { DisposalCandidates } from './DisposalCandidates';
import { DisposalListList } from './DisposalListList';
import { DisposalListShow } from './DisposalListShow';
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

/** 到期待销毁: the records the archivist may put on a disposal list. */
export const disposalCandidates = {
  list: DisposalCandidates,
  icon: DeleteSweepIcon,
};

/** 销毁清单 */
export const disposalLists = {
  list: DisposalListList,
  show: DisposalListShow,
  icon: PlaylistRemoveIcon,
  recordRepresentation: (r: { number: string }) => r.number,
};
