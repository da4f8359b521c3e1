import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import MarkEmailReadIcon from '@mui/icons-material/MarkEmailRead';
import { CopyApplicationCreate } from './CopyApplicationCreate';
import { CopyApplicationList, ExternalRequestList } from './DisclosureList';
import { DisclosureShow } from './DisclosureShow';
import type { DisclosureRow } from './domain';
import { ExternalRequestCreate } from './ExternalRequestCreate';

const recordRepresentation = (record: DisclosureRow) => record.number;

/** 调取登记: requests from courts and other bodies (the archive's queue). */
export const externalRequests = {
  list: ExternalRequestList,
  show: DisclosureShow,
  create: ExternalRequestCreate,
  icon: MarkEmailReadIcon,
  recordRepresentation,
};

/** 当事人复制申请: parties' copy applications (the legal staff's queue). */
export const copyApplications = {
  list: CopyApplicationList,
  show: DisclosureShow,
  create: CopyApplicationCreate,
  icon: ContentCopyIcon,
  recordRepresentation,
};
