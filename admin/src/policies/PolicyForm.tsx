import SaveIcon from '@mui/icons-material/Save';
import { Stack } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  Button,
  Form,
  NullableBooleanInput,
  SaveButton,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRefresh,
} from 'react-admin';
import { CONFIDENTIALITIES, ROLES } from '../common/domain';
import { updatePolicy } from '../approvals/approvalData';
import type { ApprovalPolicyQuery, PolicyRuleInput, RequestType } from '../gql/graphql';
import { isApiError } from '../graphql/client';

type Rule = ApprovalPolicyQuery['approvalPolicy']['rules'][number];

const roleChoices = ROLES.map((role) => ({ id: role, name: `er.roles.${role}` }));
const confidentialityChoices = CONFIDENTIALITIES.map((c) => ({ id: c, name: `er.confidentiality.${c}` }));

/** The form's rules as the API takes them: no empty conditions, labels trimmed. */
const toInput = (rules: Rule[]): PolicyRuleInput[] =>
  (rules ?? []).map((rule) => ({
    confidentialityIn: rule.confidentialityIn?.length ? rule.confidentialityIn : null,
    av: typeof rule.av === 'boolean' ? rule.av : null,
    steps: (rule.steps ?? []).map((step) => ({
      role: step.role,
      sameUnit: step.sameUnit === true,
      clearanceOfRecords: step.clearanceOfRecords === true,
      label: step.label?.trim() || null,
    })),
  }));

/** Which message explains a refusal of the rules (validatePolicyRules names the rule it refuses). */
function refusal(details: unknown): { key: string; n?: number } {
  const entries = Array.isArray(details) ? details : [details];
  for (const entry of entries as { field?: string }[]) {
    const rule = /^rules\.(\d+)\.steps$/.exec(entry?.field ?? '');
    if (rule) return { key: 'resources.approvalPolicies.errors.steps', n: Number(rule[1]) + 1 };
  }
  return { key: 'resources.approvalPolicies.errors.rules' };
}

interface Props {
  type: RequestType;
  rules: Rule[];
  onDone: () => void;
}

/** 新增版本: edits a copy of the rules in force; saving adds the next version, requests in flight keep theirs. */
export const PolicyForm = ({ type, rules, onDone }: Props) => {
  const notify = useNotify();
  const refresh = useRefresh();
  const save = async (values: { rules?: Rule[]; note?: string }) => {
    try {
      const { updateApprovalPolicy } = await updatePolicy(type, toInput(values.rules ?? []), values.note);
      notify('resources.approvalPolicies.notifications.saved', {
        type: 'success',
        messageArgs: { version: updateApprovalPolicy.version },
      });
      refresh();
      onDone();
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT')) {
        const { key, n } = refusal(error.details);
        notify(key, { type: 'error', messageArgs: { n } });
      } else notify(error instanceof Error ? error.message : 'er.error.INTERNAL_SERVER_ERROR', { type: 'error' });
    }
  };
  return (
    <Form record={{ rules, note: '' }} onSubmit={save as never}>
      <ArrayInput source="rules" label="resources.approvalPolicies.fields.rules">
        <SimpleFormIterator inline={false} getItemLabel={(i) => `#${i + 1}`}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <SelectArrayInput
              source="confidentialityIn"
              label="resources.approvalPolicies.fields.confidentialityIn"
              choices={confidentialityChoices}
              sx={{ minWidth: 240 }}
            />
            <NullableBooleanInput source="av" label="resources.approvalPolicies.fields.av" sx={{ minWidth: 180 }} />
          </Stack>
          <ArrayInput source="steps" label="resources.approvalPolicies.fields.steps">
            <SimpleFormIterator inline>
              <SelectInput
                source="role"
                label="resources.approvalPolicies.fields.role"
                choices={roleChoices}
                validate={required()}
              />
              <TextInput source="label" label="resources.approvalPolicies.fields.label" validate={maxLength(100)} />
              <BooleanInput source="sameUnit" label="resources.approvalPolicies.fields.sameUnit" />
              <BooleanInput source="clearanceOfRecords" label="resources.approvalPolicies.fields.clearanceOfRecords" />
            </SimpleFormIterator>
          </ArrayInput>
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput
        source="note"
        label="resources.approvalPolicies.fields.note"
        validate={maxLength(300)}
        helperText="resources.approvalPolicies.note_help"
        fullWidth
      />
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <SaveButton label="resources.approvalPolicies.actions.save" icon={<SaveIcon />} />
        <Button label="ra.action.cancel" onClick={onDone} />
      </Stack>
    </Form>
  );
};
