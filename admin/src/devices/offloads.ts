import EventAvailableIcon from '@mui/icons-material/EventAvailable';
import { OffloadBoard } from './OffloadBoard';

/** The offload board as a resource of its own: a list route (/offloads) and a menu entry. */
export default {
  list: OffloadBoard,
  icon: EventAvailableIcon,
};
