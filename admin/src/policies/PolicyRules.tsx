import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApprovalPolicyQuery } from '../gql/graphql';

type Rule = ApprovalPolicyQuery['approvalPolicy']['rules'][number];

/** What a rule matches: the confidentiality levels and AV, or everything. */
const Conditions = ({ rule }: { rule: Rule }) => {
  const translate = useTranslate();
  const parts = [
    ...(rule.confidentialityIn?.length
      ? [rule.confidentialityIn.map((c) => translate(`er.confidentiality.${c}`)).join(' / ')]
      : []),
    ...(rule.av === true ? [translate('resources.approvalPolicies.av_yes')] : []),
    ...(rule.av === false ? [translate('resources.approvalPolicies.av_no')] : []),
  ];
  return (
    <Typography variant="body2">
      {parts.length ? parts.join(' · ') : translate('resources.approvalPolicies.any')}
    </Typography>
  );
};

/** The ordered rules of a policy version: the first that matches a request gives its chain. */
export const PolicyRules = ({ rules }: { rules: Rule[] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid="policy-rules">
      <TableHead>
        <TableRow>
          <TableCell>#</TableCell>
          <TableCell>{translate('resources.approvalPolicies.fields.conditions')}</TableCell>
          <TableCell>{translate('resources.approvalPolicies.fields.steps')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rules.map((rule, i) => (
          <TableRow key={i}>
            <TableCell>{i + 1}</TableCell>
            <TableCell>
              <Conditions rule={rule} />
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={0.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                {rule.steps.map((step, j) => (
                  <Stack key={j} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                    {j > 0 && <ArrowForwardIcon fontSize="small" color="action" />}
                    <Chip
                      size="small"
                      label={[
                        step.label ?? translate(`er.roles.${step.role}`),
                        step.label && !step.label.startsWith(translate(`er.roles.${step.role}`))
                          ? translate(`er.roles.${step.role}`)
                          : null,
                        step.sameUnit ? translate('resources.approvalPolicies.same_unit') : null,
                        step.clearanceOfRecords ? translate('resources.approvalPolicies.clearance') : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    />
                  </Stack>
                ))}
              </Stack>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
