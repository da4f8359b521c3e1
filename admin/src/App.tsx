import { Admin, Resource } from 'react-admin';
import approvalRequests, { approvals } from './approvals';
import { disposalCandidates, disposalLists, mediaRechecks, mediaSets, retentionRules, transfers } from './archive';
import { withArchive } from './archive/archiveProvider';
import { withApprovals } from './approvals/approvalProvider';
import audit from './audit';
import { AbilityContext } from './auth/ability';
import { authProvider } from './authProvider';
import cases from './cases';
import compliance from './compliance';
import { withCompliance } from './compliance/complianceData';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import uploads from './files';
import devices from './devices';
import { copyApplications, externalRequests } from './disclosures';
import grants, { allGrants } from './grants';
import { withDevices } from './devices/deviceProvider';
import { notifications } from './notifications/NotificationList';
import { withNotifications } from './notifications/notificationProvider';
import offloads from './devices/offloads';
import { i18nProvider } from './i18n';
import { AppTitle } from './layout/AppTitle';
import { Layout } from './layout/Layout';
import { LoginPage } from './layout/LoginPage';
import policies from './policies';
import records from './records';
import { theme } from './theme';
import units from './units';
import users from './users';
import viewingRequests from './viewing';
import violations, { myViolations } from './violations';

export const App = () => (
  <AbilityContext>
    <Admin
      disableTelemetry
      requireAuth
      title={<AppTitle />}
      authProvider={authProvider}
      dataProvider={withCompliance(withNotifications(withApprovals(withArchive(withDevices(dataProvider)))))}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
      loginPage={LoginPage}
      theme={theme}
    >
      <Resource name="cases" {...cases} />
      <Resource name="records" {...records} />
      <Resource name="recordVersions" />
      <Resource name="uploads" {...uploads} />
      <Resource name="approvals" {...approvals} />
      <Resource name="approvalRequests" {...approvalRequests} />
      <Resource name="grants" {...grants} />
      <Resource name="allGrants" {...allGrants} />
      <Resource name="viewingRequests" {...viewingRequests} />
      <Resource name="approvalPolicies" {...policies} />
      <Resource name="devices" {...devices} />
      <Resource name="offloads" {...offloads} />
      <Resource name="users" {...users} />
      <Resource name="units" {...units} />
      <Resource name="auditEvents" {...audit} />
      <Resource name="violations" {...violations} />
      <Resource name="violationVersions" />
      <Resource name="complianceItems" {...compliance} />
      <Resource name="myViolations" {...myViolations} />
      <Resource name="notifications" {...notifications} />
      <Resource name="externalRequests" {...externalRequests} />
      <Resource name="copyApplications" {...copyApplications} />
      <Resource name="transfers" {...transfers} />
      <Resource name="retentionRules" {...retentionRules} />
      <Resource name="caseTransfers" />
      <Resource name="disposalCandidates" {...disposalCandidates} />
      <Resource name="disposalLists" {...disposalLists} />
      <Resource name="caseHolds" />
      <Resource name="mediaSets" {...mediaSets} />
      <Resource name="mediaRechecks" {...mediaRechecks} />
    </Admin>
  </AbilityContext>
);
