import { Chip, Grid, Stack, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  DateTimeInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  required,
  useGetList,
  useGetOne,
  useTranslate,
  type Validator,
} from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { useSession } from '../auth/session';
import { recordKindChoices, stageChoices } from '../common/choices';
import type { CaseRecord, UserRecord } from '../common/records';
import type { Values } from '../graphql/args';
import { ProtectionInputs } from '../records/MetadataInputs';
import { recordableCaseFilter } from '../records/recordableCases';
import { isAvKind } from './metadata';
import { uploadQueue } from './uploadQueue';

const ELIGIBLE = ['officer', 'unitHead'];
const noticeChoices = [
  { id: 'true', name: 'er.yes' },
  { id: 'false', name: 'er.no' },
];
const caseOption = (c: CaseRecord) => `${c.number} ${c.partyName}（${c.cause}）`;

/** Audio/video facts are needed when the form's kind, or the kind of any file still to start, is audio/video. */
export const needsAvFacts = (values: Values) =>
  isAvKind(values.kind) ||
  uploadQueue.snapshot().some((item) => item.phase === 'queued' && !item.earlier && isAvKind(item.kind));

const empty = (value: unknown) => value === undefined || value === null || value === '';
/** Required whenever shown (the inputs are shown only for audio/video); marked so the label gets its asterisk. */
const forAv = (message: string): Validator =>
  Object.assign((value: unknown, values: Values) => (needsAvFacts(values) && empty(value) ? message : undefined), {
    isRequired: true,
  });
const notBeforeStart: Validator = (value, values) =>
  !empty(value) && !empty(values.capturedFrom) && new Date(value) < new Date(values.capturedFrom)
    ? 'resources.uploads.errors.capturedTo'
    : undefined;

const validateOfficer = forAv('resources.uploads.errors.officerId');
const validateFrom = forAv('resources.uploads.errors.capturedFrom');
const validateTo = [forAv('resources.uploads.errors.capturedTo'), notBeforeStart];
const validateNotice = forAv('resources.uploads.errors.partyNotified');

/** 记录人: an enforcement officer of the case's unit (the server checks the unit too). */
const OfficerInput = ({ caseId }: { caseId?: string }) => {
  const { data: found } = useGetOne<CaseRecord>('cases', { id: caseId ?? '' }, { enabled: !!caseId });
  const unitId = found?.unit.id;
  const { data = [], isPending } = useGetList<UserRecord>(
    'users',
    {
      filter: { unitId, active: true },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'username', order: 'ASC' },
    },
    { enabled: !!unitId },
  );
  const choices = data
    .filter((user) => user.roles.some((role) => ELIGIBLE.includes(role)))
    .map((user) => ({ id: user.id, name: `${user.displayName}（${user.username}）` }));
  return (
    <SelectInput
      source="officerId"
      choices={choices}
      isPending={!!unitId && isPending}
      disabled={!unitId}
      validate={validateOfficer}
      helperText="resources.uploads.help.officer"
      fullWidth
    />
  );
};

interface HeldCheckout {
  id: string;
  device: { id: string; number: string };
}

/**
 * 执法记录设备: the number as typed, with the devices the recording officer checked out on the capture
 * day offered as one-click choices (a number of no such checkout is accepted and flagged by the server).
 */
const DeviceNumberInput = ({ officerId, at }: { officerId?: string; at?: string }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const chosen = useWatch({ name: 'deviceNumber' }) as string | undefined;
  const { data = [] } = useGetList<HeldCheckout>(
    'heldDevices',
    { filter: { officerId, at }, pagination: { page: 1, perPage: 50 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: !!officerId && !!at },
  );
  const numbers = [...new Set(data.map((c) => c.device.number))];
  return (
    <>
      <TextInput source="deviceNumber" validate={maxLength(64)} helperText="resources.uploads.help.device" fullWidth />
      {officerId && at && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mt: -1, mb: 1 }}>
          <Typography variant="caption" color="text.secondary" data-testid="held-devices-hint">
            {translate(numbers.length ? 'resources.uploads.held_devices' : 'resources.uploads.no_held_devices')}
          </Typography>
          {numbers.map((number) => (
            <Chip
              key={number}
              label={number}
              size="small"
              color={chosen === number ? 'primary' : 'default'}
              onClick={() => setValue('deviceNumber', number, { shouldDirty: true, shouldValidate: true })}
            />
          ))}
        </Stack>
      )}
    </>
  );
};

const dateOf = (value: unknown) => {
  if (!(typeof value === 'string' || value instanceof Date) || value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

const AvInputs = ({ caseId, values }: { caseId?: string; values: Values }) => (
  <>
    <Grid size={{ xs: 12, md: 6 }}>
      <OfficerInput caseId={caseId} />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <DeviceNumberInput
        officerId={typeof values.officerId === 'string' ? values.officerId : undefined}
        at={dateOf(values.capturedFrom)}
      />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <DateTimeInput source="capturedFrom" validate={validateFrom} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <DateTimeInput source="capturedTo" validate={validateTo} fullWidth />
    </Grid>
    <Grid size={12}>
      <RadioButtonGroupInput
        source="partyNotified"
        choices={noticeChoices}
        validate={validateNotice}
        helperText="resources.uploads.help.notice"
      />
    </Grid>
  </>
);

const TextKindInputs = () => (
  <>
    <Grid size={{ xs: 12, md: 6 }}>
      <TextInput source="documentNumber" validate={maxLength(100)} fullWidth />
    </Grid>
    <Grid size={{ xs: 12, md: 6 }}>
      <TextInput source="issuedTo" validate={maxLength(200)} fullWidth />
    </Grid>
  </>
);

/** What every file of this upload shares: the case, kind, stage, who recorded it and when, and its protection. */
export const UploadInputs = () => {
  const ability = useAppAbility();
  const session = useSession();
  return (
    <FormDataConsumer<Values>>
      {({ formData }) => (
        <Grid container columnSpacing={2}>
          <Grid size={12}>
            <ReferenceInput
              source="caseId"
              reference="cases"
              filter={recordableCaseFilter(ability, session)}
              sort={{ field: 'openedOn', order: 'DESC' }}
            >
              <AutocompleteInput
                optionText={caseOption}
                validate={required('resources.records.errors.caseId')}
                helperText="resources.uploads.help.case"
                fullWidth
              />
            </ReferenceInput>
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectInput
              source="kind"
              choices={recordKindChoices}
              validate={required()}
              helperText="resources.uploads.help.kind"
              fullWidth
            />
          </Grid>
          <Grid size={{ xs: 12, md: 6 }}>
            <SelectInput source="stage" choices={stageChoices} emptyText="—" fullWidth />
          </Grid>
          {needsAvFacts(formData) ? (
            <AvInputs caseId={typeof formData.caseId === 'string' ? formData.caseId : undefined} values={formData} />
          ) : (
            <TextKindInputs />
          )}
          <Grid size={12}>
            <TextInput source="location" validate={maxLength(300)} fullWidth />
          </Grid>
          <Grid size={12}>
            <ProtectionInputs />
          </Grid>
        </Grid>
      )}
    </FormDataConsumer>
  );
};
