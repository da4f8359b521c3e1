import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Box, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { Section } from '../common/layout';
import type { EnforcementRecord } from '../common/records';
import type { AppDataProvider } from '../dataProvider';
import { isApiError } from '../graphql/client';

type Content = { body: string | null; fileId: string | null };

/** 查看内容: the text is fetched only on request, and the server audits every read. */
export const RecordContent = () => {
  const record = useRecordContext<EnforcementRecord>();
  const ability = useAppAbility();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [content, setContent] = useState<{ id: string; version: number; value: Content } | null>(null);
  const [refusedId, setRefusedId] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!record) return null;
  const allowed = ability.can('view', asSubject('Record', record));
  const refused = refusedId === record.id;
  const shown = content?.id === record.id && content.version === record.version ? content.value : null;

  const load = async () => {
    setPending(true);
    try {
      setContent({ id: record.id, version: record.version, value: await dataProvider.recordContent(record.id) });
    } catch (error) {
      if (isApiError(error, 'FORBIDDEN')) setRefusedId(record.id);
      else notify(error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  const action =
    allowed && !refused && !shown ? (
      <Button label="resources.records.content.view" onClick={load} disabled={pending} variant="contained">
        <VisibilityIcon />
      </Button>
    ) : null;

  return (
    <Section title="resources.records.sections.content" action={action}>
      {(!allowed || refused) && <Alert severity="warning">{translate('resources.records.content.forbidden')}</Alert>}
      {allowed && !refused && !shown && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.records.content.audited')}
        </Typography>
      )}
      {shown && (
        <Box
          data-testid="record-body"
          sx={{ p: 2, bgcolor: 'action.hover', borderRadius: 1, whiteSpace: 'pre-wrap', lineHeight: 1.8 }}
        >
          {shown.body ?? translate('resources.records.content.no_text')}
        </Box>
      )}
    </Section>
  );
};
