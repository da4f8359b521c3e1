import { Alert, Typography } from '@mui/material';
import { useState } from 'react';
import {
  CheckboxGroupInput,
  Create,
  DateTimeInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  SimpleForm,
  TextInput,
  useGetOne,
  useLocation,
  useTranslate,
} from 'react-admin';
import { GRANT_ACTIONS } from '../approvals/domain';
import type { CaseRecord } from '../common/records';
import { CaseRecordsInput } from '../records/CaseRecordsInput';

const DAY = 86_400_000;
const MAX_DAYS = 90;

const actionChoices = GRANT_ACTIONS.map((a) => ({ id: a, name: `er.grantAction.${a}` }));
const scopeChoices = [
  { id: 'case', name: 'resources.viewingRequests.scope.case' },
  { id: 'records', name: 'resources.viewingRequests.scope.records' },
];

const time = (v: unknown) => (v ? new Date(v as string).getTime() : NaN);

/**
 * The checks the server makes, made first here (react-admin takes a form's validation or its
 * inputs', not both): a purpose, a period ending in the future after it starts and within 90
 * days, at least one action, and records when the scope is chosen records.
 */
const validateRequest = (values: Record<string, unknown>) => {
  const errors: Record<string, string> = {};
  const purpose = typeof values.purpose === 'string' ? values.purpose.trim() : '';
  if (purpose.length < 4 || purpose.length > 1000) errors.purpose = 'resources.viewingRequests.errors.purpose';
  if (!values.validUntil) errors.validUntil = 'ra.validation.required';
  const from = Number.isNaN(time(values.validFrom)) ? Date.now() : time(values.validFrom);
  const until = time(values.validUntil);
  if (!Number.isNaN(until) && (until <= Date.now() || until <= from))
    errors.validUntil = 'resources.viewingRequests.errors.validUntil';
  else if (!Number.isNaN(until) && until - from > MAX_DAYS * DAY)
    errors.validUntil = 'resources.viewingRequests.errors.too_long';
  if (values.scope === 'records' && !(values.recordIds as string[] | undefined)?.length)
    errors.recordIds = 'resources.viewingRequests.errors.recordIds';
  if (!(values.actions as string[] | undefined)?.length) errors.actions = 'resources.viewingRequests.errors.actions';
  return errors;
};

/** 申请查阅 (Art. 18): records of one case, or all of it, to view or download for a period. */
export const ViewingRequestCreate = () => {
  const translate = useTranslate();
  const params = new URLSearchParams(useLocation().search);
  const caseId = params.get('caseId') ?? '';
  const recordId = params.get('recordId');
  const { data: theCase } = useGetOne<CaseRecord>('cases', { id: caseId }, { enabled: !!caseId });
  const [defaultUntil] = useState(() => new Date(Date.now() + 7 * DAY));
  const defaults = {
    caseId,
    scope: recordId ? 'records' : 'case',
    recordIds: recordId ? [recordId] : [],
    actions: ['VIEW'],
    validUntil: defaultUntil,
  };
  return (
    <Create
      resource="viewingRequests"
      title="resources.viewingRequests.title"
      redirect={(_resource, _id, data) => `approvalRequests/${String(data?.id)}/show`}
    >
      <SimpleForm defaultValues={defaults} validate={validateRequest}>
        {!caseId && <Alert severity="warning">{translate('resources.viewingRequests.no_case')}</Alert>}
        {theCase && (
          <Typography variant="subtitle1" data-testid="viewing-case">
            {translate('resources.viewingRequests.case', { number: theCase.number, cause: theCase.cause })}
          </Typography>
        )}
        <Typography variant="body2" color="text.secondary">
          {translate('resources.viewingRequests.help')}
        </Typography>
        <RadioButtonGroupInput source="scope" label="resources.viewingRequests.fields.scope" choices={scopeChoices} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.scope === 'records' && caseId ? (
              <CaseRecordsInput caseId={caseId} label="resources.viewingRequests.fields.recordIds" />
            ) : null
          }
        </FormDataConsumer>
        <CheckboxGroupInput source="actions" label="resources.viewingRequests.fields.actions" choices={actionChoices} />
        <TextInput
          source="purpose"
          label="resources.viewingRequests.fields.purpose"
          helperText="resources.viewingRequests.purpose_help"
          multiline
          minRows={3}
          fullWidth
        />
        <DateTimeInput source="validFrom" label="resources.viewingRequests.fields.validFrom" />
        <DateTimeInput
          source="validUntil"
          label="resources.viewingRequests.fields.validUntil"
          helperText="resources.viewingRequests.until_help"
        />
        <DateTimeInput source="dueAt" label="resources.viewingRequests.fields.dueAt" />
      </SimpleForm>
    </Create>
  );
};
