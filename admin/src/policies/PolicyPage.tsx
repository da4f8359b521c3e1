import AddIcon from '@mui/icons-material/Add';
import { Alert, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Title, useGetOne, useTranslate } from 'react-admin';
import { REQUEST_TYPES } from '../approvals/domain';
import { useAppAbility } from '../auth/ability';
import { Section } from '../common/layout';
import { useDateTimeFormat } from '../common/format';
import type { ApprovalPolicyQuery, RequestType } from '../gql/graphql';
import { PolicyForm } from './PolicyForm';
import { PolicyRules } from './PolicyRules';

type Policy = ApprovalPolicyQuery['approvalPolicy'];

/** A first version starts from one rule that sends everything to a leader. */
const STARTER: Policy['rules'] = [
  {
    confidentialityIn: null,
    av: null,
    steps: [{ role: 'leader', sameUnit: false, clearanceOfRecords: true, label: null }],
  },
];

const PolicyOfType = ({ type }: { type: RequestType }) => {
  const translate = useTranslate();
  const format = useDateTimeFormat();
  const ability = useAppAbility();
  const [editing, setEditing] = useState(false);
  const { data, isPending } = useGetOne<Policy & { id: string }>('approvalPolicies', { id: type }, { retry: false });
  if (isPending) return <Typography variant="body2">{translate('ra.page.loading')}</Typography>;
  const mayEdit = ability.can('update', 'ApprovalPolicy');
  const action =
    mayEdit && !editing ? (
      <Button label="resources.approvalPolicies.actions.new_version" onClick={() => setEditing(true)}>
        <AddIcon />
      </Button>
    ) : undefined;
  const title = data
    ? translate('resources.approvalPolicies.version', { version: data.version })
    : 'resources.approvalPolicies.none_title';
  return (
    <Section title={title} action={action}>
      {data ? (
        <Stack spacing={1} sx={{ mb: 2 }}>
          <Typography variant="body2" color="text.secondary" data-testid="policy-version">
            {translate('resources.approvalPolicies.since', { version: data.version, time: format(data.createdAt) })}
            {data.note ? ` · ${data.note}` : ''}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.approvalPolicies.help')}
          </Typography>
        </Stack>
      ) : (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.approvalPolicies.none')}
        </Alert>
      )}
      {editing ? (
        <PolicyForm type={type} rules={data?.rules ?? STARTER} onDone={() => setEditing(false)} />
      ) : (
        data && <PolicyRules rules={data.rules} />
      )}
    </Section>
  );
};

/** 审批规则: the policy version in force for each request type, and adding the next one (信息中心). */
export const PolicyPage = () => {
  const translate = useTranslate();
  const [type, setType] = useState<RequestType>('VIEWING');
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('resources.approvalPolicies.name', { smart_count: 1 })} />
      <Tabs value={type} onChange={(_e, value: RequestType) => setType(value)}>
        {REQUEST_TYPES.map((t) => (
          <Tab key={t} value={t} label={translate(`er.requestType.${t}`)} />
        ))}
      </Tabs>
      <PolicyOfType key={type} type={type} />
    </Stack>
  );
};
