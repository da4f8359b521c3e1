import { Typography } from '@mui/material';
import { CheckboxGroupInput, useTranslate, type Validator } from 'react-admin';
import type { EnforcementRecord } from '../common/records';
import { useCaseRecords } from './useCaseRecords';

/** 询问笔录（调查取证文书 · 个人隐私）: a record as it is offered for picking. */
const recordLabel = (translate: (key: string) => string) => (r: EnforcementRecord) =>
  `${r.title}（${translate(`er.recordKind.${r.kind}`)}${
    r.confidentiality === 'NONE' ? '' : ` · ${translate(`er.confidentiality.${r.confidentiality}`)}`
  }）`;

/** The records of a case the user may read, to tick (into `recordIds`). */
export const CaseRecordsInput = ({
  caseId,
  label,
  validate,
}: {
  caseId: string;
  label: string;
  validate?: Validator;
}) => {
  const translate = useTranslate();
  const { data = [], isPending } = useCaseRecords(caseId);
  if (isPending) return <Typography variant="body2">{translate('ra.page.loading')}</Typography>;
  return (
    <CheckboxGroupInput
      source="recordIds"
      label={label}
      choices={data}
      optionText={recordLabel(translate)}
      row={false}
      validate={validate}
    />
  );
};
