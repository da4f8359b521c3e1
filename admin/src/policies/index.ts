import RuleIcon from '@mui/icons-material/Rule';
import { PolicyPage } from './PolicyPage';

/** 审批规则: one page per request type, keyed by the type. */
export default { list: PolicyPage, icon: RuleIcon };
