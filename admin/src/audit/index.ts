import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { AuditEventRecord } from '../common/records';
import { AuditEventList } from './AuditEventList';
import { AuditEventShow } from './AuditEventShow';

export default {
  list: AuditEventList,
  show: AuditEventShow,
  icon: ReceiptLongIcon,
  recordRepresentation: (record: AuditEventRecord) => `#${record.seq}`,
};
