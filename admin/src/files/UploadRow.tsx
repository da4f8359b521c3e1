import AudioFileIcon from '@mui/icons-material/AudioFile';
import CancelIcon from '@mui/icons-material/Cancel';
import CloseIcon from '@mui/icons-material/Close';
import DescriptionIcon from '@mui/icons-material/Description';
import ImageIcon from '@mui/icons-material/Image';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import VideoFileIcon from '@mui/icons-material/VideoFile';
import { Box, Chip, IconButton, LinearProgress, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { useTranslate } from 'react-admin';
import { recordKindChoices } from '../common/choices';
import type { RecordKind } from '../gql/graphql';
import { formatBytes } from './format';
import type { UploadItem } from './uploadItem';
import { uploadQueue } from './uploadQueue';
import { EarlierNotice, Outcome, ProgressLine } from './UploadStatus';

const iconOf = (type: string) =>
  type.startsWith('video/') ? (
    <VideoFileIcon color="action" />
  ) : type.startsWith('audio/') ? (
    <AudioFileIcon color="action" />
  ) : type.startsWith('image/') ? (
    <ImageIcon color="action" />
  ) : (
    <DescriptionIcon color="action" />
  );

const Action = ({ label, onClick, icon }: { label: string; onClick: () => void; icon: ReactElement }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate(label)}>
      <IconButton aria-label={translate(label)} onClick={onClick} size="small">
        {icon}
      </IconButton>
    </Tooltip>
  );
};

const Actions = ({ item }: { item: UploadItem }) => {
  const { key, phase } = item;
  return (
    <Stack direction="row">
      {(phase === 'uploading' || phase === 'retrying' || phase === 'waiting') && (
        <Action label="resources.uploads.actions.pause" onClick={() => uploadQueue.pause(key)} icon={<PauseIcon />} />
      )}
      {phase === 'paused' && (
        <Action
          label="resources.uploads.actions.resume"
          onClick={() => uploadQueue.resume(key)}
          icon={<PlayArrowIcon />}
        />
      )}
      {(phase === 'paused' || phase === 'waiting') && (
        <Action
          label="resources.uploads.actions.cancel"
          onClick={() => void uploadQueue.cancel(key)}
          icon={<CancelIcon />}
        />
      )}
      {(phase === 'queued' || phase === 'done' || phase === 'failed') && (
        <Action label="resources.uploads.actions.remove" onClick={() => uploadQueue.remove(key)} icon={<CloseIcon />} />
      )}
    </Stack>
  );
};

/** Title and kind of a file before it starts; each file becomes its own record. */
const FileFields = ({ item }: { item: UploadItem }) => {
  const translate = useTranslate();
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ mt: 1 }}>
      <TextField
        label={translate('resources.uploads.fields.title')}
        value={item.title}
        onChange={(event) => uploadQueue.edit(item.key, { title: event.target.value })}
        slotProps={{ htmlInput: { maxLength: 300 } }}
        size="small"
        sx={{ flex: 2 }}
      />
      <TextField
        select
        label={translate('resources.uploads.fields.kind')}
        value={item.kind}
        onChange={(event) => uploadQueue.edit(item.key, { kind: event.target.value as RecordKind })}
        size="small"
        sx={{ flex: 1, minWidth: 160 }}
      >
        {recordKindChoices.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {translate(choice.name)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};

/** One file: its own progress bar with speed and time left, pause and resume, and what came of it. */
export const UploadRow = ({ item }: { item: UploadItem }) => {
  const translate = useTranslate();
  const editable = item.phase === 'queued' && !item.earlier;
  const percent = item.file.size ? (item.sent / item.file.size) * 100 : 0;
  return (
    <Box
      component="li"
      aria-label={item.file.name}
      sx={{ listStyle: 'none', py: 1.5, borderBottom: 1, borderColor: 'divider' }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {iconOf(item.file.type)}
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="body1" noWrap title={item.file.name}>
            {item.file.name}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {formatBytes(item.file.size)}
          </Typography>
        </Box>
        {!editable && <Chip size="small" label={translate(`er.recordKind.${item.kind}`)} />}
        {!editable && (
          <Typography variant="body2" noWrap sx={{ maxWidth: 280 }} title={item.title}>
            {item.title}
          </Typography>
        )}
        <Actions item={item} />
      </Stack>
      {editable && <FileFields item={item} />}
      <LinearProgress
        variant="determinate"
        value={item.phase === 'done' ? 100 : percent}
        color={item.phase === 'failed' ? 'error' : item.phase === 'done' ? 'success' : 'primary'}
        aria-label={translate('resources.uploads.status.uploading')}
        sx={{ mt: 1, height: 6, borderRadius: 3 }}
      />
      <ProgressLine item={item} />
      <EarlierNotice item={item} />
      <Outcome item={item} />
    </Box>
  );
};
