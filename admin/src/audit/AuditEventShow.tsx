import { Show, SimpleShowLayout, TextField, useTranslate } from 'react-admin';
import { DateTimeField, HashField, OutcomeField } from '../common/fields';
import { ActionField, DetailsField, SubjectField } from './fields';
import { AuditEventActions } from './TrailOfSubjectButton';

const HashHelp = (_: { label?: false }) => {
  const translate = useTranslate();
  return <span style={{ fontSize: 12, opacity: 0.7 }}>{translate('er.audit.hash_help')}</span>;
};

export const AuditEventShow = () => (
  <Show actions={<AuditEventActions />}>
    <SimpleShowLayout>
      <TextField source="seq" />
      <DateTimeField source="at" />
      <TextField source="actorName" emptyText="—" />
      <TextField source="actorId" emptyText="—" />
      <ActionField source="action" />
      <SubjectField source="subject" />
      <OutcomeField source="outcome" />
      <TextField source="clientAddress" emptyText="—" />
      <DetailsField source="details" />
      <HashField source="hash" length={64} />
      <HashField source="prevHash" length={64} />
      <HashHelp label={false} />
    </SimpleShowLayout>
  </Show>
);
