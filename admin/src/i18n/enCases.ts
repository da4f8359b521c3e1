import type { zhCases } from './zhCases';

const partyErrors = {
  kind: 'Choose the kind of party',
  name: 'Enter 1–200 characters',
  idNumber:
    'Invalid number: a person has an 18-character resident ID number, an organisation an 18-character unified social credit code (with check character)',
  phone: 'Enter a mobile number or a landline with area code, e.g. 0319-7821234',
  address: 'At most 300 characters',
  legalRepresentative: 'Only an organisation has a legal representative; at most 100 characters',
};

/** resources.cases (English). */
export const enCases: typeof zhCases = {
  name: 'Case |||| Cases',
  fields: {
    id: 'ID',
    q: 'Search number, party or cause',
    number: 'Case number',
    cause: 'Cause',
    procedure: 'Procedure',
    procedures: 'Procedure',
    status: 'Status',
    statuses: 'Status',
    unitId: 'Unit',
    unit: { name: 'Unit' },
    officerId: 'Handling officer',
    handlingOfficerIds: 'Handling officers',
    handlingOfficers: 'Handling officers',
    openedOn: 'Opened on',
    openedFrom: 'Opened from',
    openedTo: 'Opened to',
    concludedOn: 'Concluded on',
    transferDeadline: 'Transfer deadline',
    overdue: 'Overdue transfers only',
    partyKind: 'Kind of party',
    partyName: 'Party',
    partyIdNumber: 'ID number / credit code',
    partyPhone: 'Phone',
    partyAddress: 'Address',
    partyLegalRepresentative: 'Legal representative',
    createdAt: 'Created',
    updatedAt: 'Updated',
  },
  page: { create: 'Open a case' },
  actions: { open: 'Open a case', conclude: 'Conclude', compile: 'Compile file', add_record: 'Add record' },
  sections: { case: 'Case', party: 'Party', officers: 'Handling officers', timeline: 'Records' },
  party: {
    person: {
      name: 'Name',
      idNumber: 'Resident ID number',
      phone: 'Phone',
      address: 'Address',
      legalRepresentative: 'Legal representative',
    },
    organisation: {
      name: 'Name',
      idNumber: 'Unified social credit code',
      phone: 'Phone',
      address: 'Registered address',
      legalRepresentative: 'Legal representative',
    },
  },
  unit_help: 'The case number is generated per unit and year',
  cause_help: 'e.g. selling food past its shelf life',
  officers_help: 'At least two active enforcement officers of the unit',
  more_officers: 'and %{smart_count} more',
  timeline: {
    empty: 'No records yet',
    more: '%{total} records, the first %{shown} shown here',
    in_list: 'Open in the list (%{total})',
  },
  conclude: {
    title: 'Conclude case %{number}',
    help: 'Once concluded, the case file must reach the archive within 30 days.',
    help_licensing: 'Once concluded, a licensing case file must reach the archive within 15 days.',
  },
  compile: {
    title: 'Compile the file of case %{number}?',
    content:
      'Confirm the case file is complete. Once compiled, no record of the case can be added or corrected; the file waits for transfer to the archive.',
  },
  notifications: {
    opened: 'Case opened: %{number}',
    concluded: 'Case concluded; the transfer deadline is set',
    compiled: 'Case file compiled, waiting for transfer to the archive',
  },
  errors: {
    unitId: 'This unit cannot open cases: only your own unit, if it has a case number prefix',
    cause: 'Enter a cause of 1–200 characters',
    procedure: 'Choose the procedure',
    openedOn: 'The opening date must be a real date, not after today',
    handlingOfficerIds: 'Choose at least two active enforcement officers of the unit',
    concludedOn: 'The conclusion date must be between the opening date and today',
    party: partyErrors,
  },
};
