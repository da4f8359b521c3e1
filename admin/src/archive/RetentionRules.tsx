import {
  ArrayInput,
  BooleanField,
  BooleanInput,
  Datagrid,
  Edit,
  FunctionField,
  List,
  NumberField,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import { useAppAbility } from '../auth/ability';
import { RECORD_KINDS, STAGES } from '../common/domain';
import { EnumField } from '../common/fields';
import type { RetentionRulesQuery } from '../gql/graphql';

type Rule = RetentionRulesQuery['retentionRules'][number] & { id: string };

const PERIODS = ['PERMANENT', 'Y30', 'Y10'] as const;

/** 保管期限表: each procedure's retention period, transfer time limit and required documents. */
export const RetentionRuleList = () => {
  const translate = useTranslate();
  // Those who may only read the table (clerks, unit heads, legal, supervisors) are not sent to a form they cannot save.
  const mayEdit = useAppAbility().can('update', 'RetentionRule');
  return (
    <List pagination={false} exporter={false}>
      <Datagrid rowClick={mayEdit ? 'edit' : false} bulkActionButtons={false}>
        <EnumField source="procedure" prefix="er.procedure" />
        <EnumField source="period" prefix="er.retentionPeriod" />
        <NumberField source="transferDays" />
        <BooleanField source="evidenceAvKeepsCasePeriod" />
        <FunctionField<Rule>
          source="requirements"
          sortable={false}
          render={(r) => r.requirements.map((q) => q.label).join('、') || '—'}
        />
        <FunctionField<Rule>
          source="avStages"
          sortable={false}
          render={(r) => r.avStages.map((s) => translate(`er.stage.${s}`)).join('、') || '—'}
        />
      </Datagrid>
    </List>
  );
};

export const RetentionRuleEdit = () => {
  const translate = useTranslate();
  const choices = (values: readonly string[], prefix: string) =>
    values.map((v) => ({ id: v, name: translate(`${prefix}.${v}`) }));
  return (
    <Edit mutationMode="pessimistic" redirect="list">
      <SimpleForm>
        <SelectInput
          source="procedure"
          choices={choices(
            Object.keys({
              SIMPLE_PENALTY: 1,
              GENERAL_PENALTY: 1,
              COMPULSORY_MEASURE: 1,
              LICENSING: 1,
              INSPECTION: 1,
              OTHER: 1,
            }),
            'er.procedure',
          )}
          disabled
        />
        <SelectInput source="period" choices={choices(PERIODS, 'er.retentionPeriod')} validate={required()} />
        <NumberInput source="transferDays" validate={[required(), minValue(1), maxValue(366)]} />
        <BooleanInput source="evidenceAvKeepsCasePeriod" />
        <SelectArrayInput source="avStages" choices={choices(STAGES, 'er.stage')} />
        <ArrayInput source="requirements">
          <SimpleFormIterator inline>
            <TextInput source="label" validate={required()} />
            <SelectArrayInput source="kinds" choices={choices(RECORD_KINDS, 'er.recordKind')} validate={required()} />
            <SelectInput source="stage" choices={choices(STAGES, 'er.stage')} emptyText="—" />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
};
