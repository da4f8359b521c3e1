import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { Form, FormDataConsumer, SaveButton, Title, Toolbar, useLocation, useNotify, useTranslate } from 'react-admin';
import { useSession } from '../auth/session';
import { RECORD_KINDS, oneOf } from '../common/domain';
import type { RecordKind } from '../gql/graphql';
import type { Values } from '../graphql/args';
import { FileDrop } from './FileDrop';
import { isAvKind, kindFor, uploadMetadata } from './metadata';
import { UnfinishedUploads } from './UnfinishedUploads';
import { needsAvFacts, UploadInputs } from './UploadInputs';
import { UploadList } from './UploadList';
import { uploadQueue, useUploads } from './uploadQueue';

const DEFAULT_KIND: RecordKind = 'VIDEO';
const kindOf = (values: Values) => oneOf(values.kind, RECORD_KINDS) ?? DEFAULT_KIND;

/** Queued files whose kind the user did not pick follow the form's kind. */
const FollowKind = ({ kind }: { kind: RecordKind }) => {
  useEffect(() => uploadQueue.retarget((file) => kindFor(file, kind)), [kind]);
  return null;
};

/** 上传证据: many files at once into one case, each resumable across network drops and reloads. */
export const UploadPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const session = useSession();
  const location = useLocation();
  const items = useUploads();
  const caseId = new URLSearchParams(location.search).get('caseId') ?? undefined;
  const userId = session?.user.id;
  const isOfficer = !!session?.user.roles.some((role) => role === 'officer' || role === 'unitHead');
  const defaults = useMemo(
    () => ({
      caseId,
      kind: DEFAULT_KIND,
      confidentiality: 'NONE',
      longTerm: false,
      officerId: isOfficer ? userId : undefined,
    }),
    [caseId, isOfficer, userId],
  );

  const addFiles = async (files: File[], values: Values) => {
    const { skipped } = await uploadQueue.add(files, (file) => kindFor(file, kindOf(values)));
    if (skipped)
      notify('resources.uploads.notifications.skipped', { type: 'info', messageArgs: { smart_count: skipped } });
  };

  const start = (values: Values) => {
    const waiting = uploadQueue.snapshot().filter((item) => item.phase === 'queued' && !item.earlier);
    if (!waiting.length) {
      notify('resources.uploads.notifications.no_files', { type: 'warning' });
      return;
    }
    uploadQueue.start((item) => uploadMetadata(values, item.file, item.title, item.kind));
    notify('resources.uploads.notifications.started', { type: 'info', messageArgs: { smart_count: waiting.length } });
  };

  return (
    <Box sx={{ mt: 1, mb: 4, maxWidth: 1000 }}>
      <Title title="resources.uploads.page.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('resources.uploads.page.help')}
      </Typography>
      <UnfinishedUploads items={items} />
      <Card variant="outlined">
        <Form key={caseId ?? ''} defaultValues={defaults} onSubmit={start}>
          <CardContent>
            <UploadInputs />
            <FormDataConsumer<Values>>
              {({ formData }) => (
                <>
                  <FollowKind kind={kindOf(formData)} />
                  <FileDrop
                    av={isAvKind(kindOf(formData)) || needsAvFacts(formData)}
                    onFiles={(files) => void addFiles(files, formData)}
                  />
                </>
              )}
            </FormDataConsumer>
            <UploadList items={items} />
          </CardContent>
          <Toolbar>
            <SaveButton label="resources.uploads.actions.start" icon={<CloudUploadIcon />} alwaysEnable />
          </Toolbar>
        </Form>
      </Card>
    </Box>
  );
};
