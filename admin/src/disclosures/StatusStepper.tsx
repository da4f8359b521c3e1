import { Alert, Step, StepLabel, Stepper } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { stepOf, STEPS, type DisclosureRecord } from './domain';

/** 登记 → 审批中 → 已批准 → 材料包已生成 → 已交付 → 已办结; a return, rejection or cancellation marked on its step. */
export const StatusStepper = () => {
  const record = useRecordContext<DisclosureRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const active = stepOf(record.status);
  const stopped = record.status === 'REJECTED' || record.status === 'CANCELLED';
  const flagged = stopped || record.status === 'RETURNED';
  return (
    <>
      <Stepper activeStep={active} alternativeLabel data-testid="status-stepper" data-status={record.status}>
        {STEPS.map((status, i) => (
          <Step key={status} completed={i < active} data-testid={`step-${status}`} data-done={i < active || undefined}>
            <StepLabel
              error={flagged && i === active}
              optional={
                flagged && i === active ? translate(`resources.disclosures.statuses.${record.status}`) : undefined
              }
            >
              {translate(`resources.disclosures.steps.${status}`)}
            </StepLabel>
          </Step>
        ))}
      </Stepper>
      {stopped && (
        <Alert severity={record.status === 'REJECTED' ? 'error' : 'warning'} sx={{ mt: 2 }}>
          {translate(`resources.disclosures.stopped.${record.status}`)}
        </Alert>
      )}
    </>
  );
};
