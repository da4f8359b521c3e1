import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { ApprovalQueue } from './ApprovalQueue';
import type { RequestRecord } from './domain';
import { MyRequestList } from './MyRequestList';
import { RequestShow } from './RequestShow';

/** 待审批: the decider's queue (rows are waiting steps; a row opens its request). */
export const approvals = { list: ApprovalQueue, icon: PlaylistAddCheckIcon };

/** 我的申请 and the page of one request. */
export default {
  list: MyRequestList,
  show: RequestShow,
  icon: AssignmentIndIcon,
  recordRepresentation: (request: RequestRecord) => request.summary,
};
