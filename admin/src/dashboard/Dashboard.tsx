import { Stack } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useSession } from '../auth/session';
import { ComplianceSection } from '../compliance/ComplianceSection';
import { DevicesSection } from '../devices/DevicesSection';
import { OffloadHistorySection } from '../devices/OffloadHistorySection';
import { AdminSection } from './AdminSection';
import { ArchiveSection } from './ArchiveSection';
import { CasesSection } from './CasesSection';
import { FixitySection } from './FixitySection';
import { SupervisionSection } from './SupervisionSection';
import { WelcomeCard } from './WelcomeCard';
import { WorkSection } from './WorkSection';

/** The home page: what each of the user's roles needs first, from live data. */
export const Dashboard = () => {
  const translate = useTranslate();
  const session = useSession();
  if (!session) return null;
  const { roles } = session.user;
  return (
    <Stack spacing={3} sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('ra.page.dashboard')} />
      <WelcomeCard session={session} />
      <CasesSection session={session} />
      <DevicesSection session={session} />
      <ArchiveSection session={session} />
      {roles.includes('infoCenter') && <AdminSection />}
      <ComplianceSection />
      {roles.includes('supervisor') && <SupervisionSection />}
      {roles.includes('supervisor') && <OffloadHistorySection />}
      <FixitySection />
      <WorkSection session={session} />
    </Stack>
  );
};
