import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

const KNOWN = ['RECORDED_TIME', 'DURATION', 'DEVICE_UNREGISTERED', 'DEVICE_NOT_HELD', 'DEVICE_FAULTY'];

/**
 * Where the file's own facts disagree with the capture time entered for it, or the named device was not
 * registered, not held by the officer that day, or faulty then: a warning, not a refusal.
 */
export const CaptureFlags = ({ flags }: { flags: readonly string[] | null | undefined }) => {
  const translate = useTranslate();
  return (
    <>
      {(flags ?? [])
        .filter((flag) => KNOWN.includes(flag))
        .map((flag) => (
          <Tooltip key={flag} title={translate(`er.file.flags.${flag}_help`)}>
            <Chip size="small" color="warning" label={translate(`er.file.flags.${flag}`)} />
          </Tooltip>
        ))}
    </>
  );
};
