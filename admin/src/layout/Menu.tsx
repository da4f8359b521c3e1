import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Menu as RaMenu } from 'react-admin';
import { ApprovalMenuItems } from '../approvals/ApprovalMenuItems';
import { Can } from '../auth/ability';
import { DeviceMenuItems } from '../devices/DeviceMenuItems';
import { DisclosureMenuItems } from '../disclosures/DisclosureMenuItems';
import { ArchiveMenuItems } from '../archive/ArchiveMenuItems';
import { ViolationMenuItems } from '../violations/ViolationMenuItems';

export const Menu = () => (
  <RaMenu>
    <RaMenu.DashboardItem />
    <Can I="read" a="Case">
      <RaMenu.ResourceItem name="cases" />
    </Can>
    <Can I="read" a="Record">
      <RaMenu.ResourceItem name="records" />
    </Can>
    <Can I="create" a="Upload">
      <RaMenu.Item to="/uploads/create" primaryText="resources.uploads.menu" leftIcon={<CloudUploadIcon />} />
    </Can>
    <ApprovalMenuItems />
    <DisclosureMenuItems />
    <ArchiveMenuItems />
    <DeviceMenuItems />
    <Can I="read" a="User">
      <RaMenu.ResourceItem name="users" />
    </Can>
    <Can I="read" a="Unit">
      <RaMenu.ResourceItem name="units" />
    </Can>
    <Can I="read" a="AuditEvent">
      <RaMenu.ResourceItem name="auditEvents" />
    </Can>
    <Can I="read" a="ComplianceReport">
      <RaMenu.ResourceItem name="complianceItems" />
    </Can>
    <ViolationMenuItems />
  </RaMenu>
);
