import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { UploadPage } from './UploadPage';

/** Uploads are a resource with only a "create" page (/uploads/create), guarded by `create` on `Upload`. */
export default {
  create: UploadPage,
  icon: CloudUploadIcon,
};
