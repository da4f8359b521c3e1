import VideocamIcon from '@mui/icons-material/Videocam';
import { DeviceCreate } from './DeviceCreate';
import { DeviceEdit } from './DeviceEdit';
import { DeviceList } from './DeviceList';
import { DeviceShow } from './DeviceShow';
import type { DeviceRecord } from './domain';

export default {
  list: DeviceList,
  show: DeviceShow,
  create: DeviceCreate,
  edit: DeviceEdit,
  icon: VideocamIcon,
  recordRepresentation: (device: DeviceRecord) => device.number,
};
