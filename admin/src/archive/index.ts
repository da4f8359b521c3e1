import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import AlbumIcon from '@mui/icons-material/Album';
import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import PlaylistRemoveIcon from '@mui/icons-material/PlaylistRemove';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { DisposalCandidates } from './DisposalCandidates';
import { DisposalListList } from './DisposalListList';
import { DisposalListShow } from './DisposalListShow';
import { MediaRecheckList } from './MediaRecheckList';
import { MediaSetCreate } from './MediaSetCreate';
import { MediaSetList } from './MediaSetList';
import { MediaSetShow } from './MediaSetShow';
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
/** 长期保存介质: the media register (Art. 15). */
export const mediaSets = {
  list: MediaSetList,
  show: MediaSetShow,
  create: MediaSetCreate,
  icon: AlbumIcon,
  recordRepresentation: (r: { number: string }) => r.number,
};

/** 待复检介质: media whose yearly re-check has come. */
export const mediaRechecks = {
  list: MediaRecheckList,
  icon: EventRepeatIcon,
};
