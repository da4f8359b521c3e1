import AssessmentIcon from '@mui/icons-material/Assessment';
import { ComplianceReport } from './ComplianceReport';

/** 合规报告 as a resource: the findings list (/complianceItems) with the figures and charts above it. */
export default {
  list: ComplianceReport,
  icon: AssessmentIcon,
  options: { label: 'resources.complianceItems.menu' },
};
