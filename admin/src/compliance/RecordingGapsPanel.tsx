import EditNoteIcon from '@mui/icons-material/EditNote';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Form,
  SaveButton,
  TextInput,
  maxLength,
  minLength,
  required,
  useGetOne,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { asSubject, useAppAbility } from '../auth/ability';
import { useDateTimeFormat } from '../common/format';
import { Section } from '../common/layout';
import type { CaseRecord } from '../common/records';
import type { CaseRecordingGapsQuery, EnforcementStage } from '../gql/graphql';
import { explainRecordingGap } from './complianceData';

type Gap = CaseRecordingGapsQuery['case']['recordingGaps'][number];

const validateText = [required(), minLength(5), maxLength(1000)];

const ExplainDialog = ({
  caseId,
  stage,
  onClose,
}: {
  caseId: string;
  stage: EnforcementStage;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const submit = async (values: { text?: string }) => {
    try {
      await explainRecordingGap(caseId, stage, String(values.text ?? '').trim());
      notify('resources.recordingGaps.done', { type: 'success' });
      refresh();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'er.error.INTERNAL_SERVER_ERROR');
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="explain-gap-title">
      <Form onSubmit={submit}>
        <DialogTitle id="explain-gap-title">
          {translate('resources.recordingGaps.explanation')}：{translate(`er.stage.${stage}`)}
        </DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.recordingGaps.explanation_help')}</DialogContentText>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {translate(error, { _: error })}
            </Alert>
          )}
          <TextInput
            source="text"
            label="resources.recordingGaps.explanation"
            validate={validateText}
            multiline
            minRows={3}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="ra.action.save" icon={<EditNoteIcon />} />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/**
 * 应录未录 (Art. 7) on a case's page: the on-site stages with text records and no audio/video, each
 * with its latest written explanation; the handling officers (and the unit's head) explain them.
 */
export const RecordingGapsPanel = () => {
  const translate = useTranslate();
  const format = useDateTimeFormat(true);
  const ability = useAppAbility();
  const record = useRecordContext<CaseRecord>();
  const [explaining, setExplaining] = useState<EnforcementStage | null>(null);
  const { data } = useGetOne<{ id: string; gaps: Gap[] }>(
    'recordingGaps',
    { id: String(record?.id ?? '') },
    { enabled: !!record?.id },
  );
  if (!record || !data || data.gaps.length === 0) return null;
  const canExplain = ability.can('create', asSubject('RecordingExplanation', { case: record }));
  return (
    <Section title="resources.recordingGaps.title">
      <Typography variant="body2" color="text.secondary">
        {translate('resources.recordingGaps.help')}
      </Typography>
      <List dense data-testid="recording-gaps">
        {data.gaps.map((gap) => (
          <ListItem
            key={gap.stage}
            divider
            secondaryAction={
              canExplain ? (
                <Button
                  label={gap.explanation ? 'resources.recordingGaps.explain_again' : 'resources.recordingGaps.explain'}
                  onClick={() => setExplaining(gap.stage)}
                >
                  <EditNoteIcon />
                </Button>
              ) : undefined
            }
          >
            <ListItemText
              primary={`${translate(`er.stage.${gap.stage}`)} · ${translate('resources.recordingGaps.records', {
                count: gap.records,
              })} · ${translate('resources.recordingGaps.since')} ${format(gap.since)}`}
              secondary={
                gap.explanation
                  ? `${gap.explanation.text}（${translate('resources.recordingGaps.explained_by', {
                      name: gap.explanation.author?.displayName ?? '',
                      at: format(gap.explanation.createdAt),
                    })}）`
                  : translate('resources.complianceItems.unexplained')
              }
              slotProps={{ secondary: { color: gap.explanation ? 'text.secondary' : 'error' } }}
            />
          </ListItem>
        ))}
      </List>
      {explaining && (
        <ExplainDialog caseId={String(record.id)} stage={explaining} onClose={() => setExplaining(null)} />
      )}
    </Section>
  );
};
