/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ApprovalStepFields on ApprovalStep {\n    __typename\n    id\n    seq\n    role\n    label\n    minClearanceRank\n    waiting\n    decision\n    comment\n    decidedAt\n    decidedByName\n  }\n": typeof types.ApprovalStepFieldsFragmentDoc,
    "\n  fragment ApprovalRequestFields on ApprovalRequest {\n    __typename\n    id\n    type\n    status\n    summary\n    disclosureId\n    transferId\n    disposalListId\n    purpose\n    maxConfidentiality\n    maxSecretRank\n    hasAv\n    currentStep\n    createdAt\n    dueAt\n    decidedAt\n    requester {\n      __typename\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.ApprovalRequestFieldsFragmentDoc,
    "\n  query ApprovalQueue($page: Int!, $perPage: Int!, $filter: ApprovalQueueFilter) {\n    approvalQueue(page: $page, perPage: $perPage, filter: $filter) {\n      total\n      items {\n        ...ApprovalStepFields\n        request {\n          ...ApprovalRequestFields\n        }\n      }\n    }\n  }\n": typeof types.ApprovalQueueDocument,
    "\n  query ApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalRequestFields\n      steps {\n        ...ApprovalStepFields\n      }\n      viewing {\n        __typename\n        id\n        recordIds\n        actions\n        validFrom\n        validUntil\n      }\n    }\n  }\n": typeof types.ApprovalRequestDocument,
    "\n  query MyRequests($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: MyRequestsFilter) {\n    myRequests(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...ApprovalRequestFields\n        steps {\n          ...ApprovalStepFields\n        }\n      }\n    }\n  }\n": typeof types.MyRequestsDocument,
    "\n  mutation DecideApproval($stepId: ID!, $decision: Decision!, $comment: String) {\n    decideApproval(stepId: $stepId, decision: $decision, comment: $comment) {\n      ...ApprovalStepFields\n    }\n  }\n": typeof types.DecideApprovalDocument,
    "\n  mutation DecideApprovals($stepIds: [ID!]!, $decision: Decision!, $comment: String) {\n    decideApprovals(stepIds: $stepIds, decision: $decision, comment: $comment) {\n      ...ApprovalStepFields\n    }\n  }\n": typeof types.DecideApprovalsDocument,
    "\n  mutation ResubmitRequest($id: ID!, $purpose: String) {\n    resubmitRequest(id: $id, purpose: $purpose) {\n      ...ApprovalRequestFields\n    }\n  }\n": typeof types.ResubmitRequestDocument,
    "\n  mutation CancelRequest($id: ID!) {\n    cancelRequest(id: $id) {\n      ...ApprovalRequestFields\n    }\n  }\n": typeof types.CancelRequestDocument,
    "\n  mutation RequestViewing($input: RequestViewingInput!) {\n    requestViewing(input: $input) {\n      __typename\n      id\n      recordIds\n    }\n  }\n": typeof types.RequestViewingDocument,
    "\n  fragment AccessGrantFields on AccessGrant {\n    __typename\n    id\n    recordId\n    actions\n    validFrom\n    expiresAt\n    revokedAt\n    revokeReason\n    createdAt\n  }\n": typeof types.AccessGrantFieldsFragmentDoc,
    "\n  query MyGrants {\n    myGrants {\n      ...AccessGrantFields\n    }\n  }\n": typeof types.MyGrantsDocument,
    "\n  mutation RevokeGrant($id: ID!, $reason: String!) {\n    revokeGrant(id: $id, reason: $reason) {\n      ...AccessGrantFields\n    }\n  }\n": typeof types.RevokeGrantDocument,
    "\n  query ApprovalPolicy($type: RequestType!) {\n    approvalPolicy(type: $type) {\n      __typename\n      id\n      requestType\n      version\n      note\n      createdAt\n      rules {\n        confidentialityIn\n        av\n        steps {\n          role\n          sameUnit\n          clearanceOfRecords\n          label\n        }\n      }\n    }\n  }\n": typeof types.ApprovalPolicyDocument,
    "\n  mutation UpdateApprovalPolicy($type: RequestType!, $rules: [PolicyRuleInput!]!, $note: String) {\n    updateApprovalPolicy(type: $type, rules: $rules, note: $note) {\n      __typename\n      id\n      version\n    }\n  }\n": typeof types.UpdateApprovalPolicyDocument,
    "\n  query Grants($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: GrantFilter) {\n    grants(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AccessGrantFields\n        userId\n        user {\n          __typename\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.GrantsDocument,
    "\n  fragment TransferFields on Transfer {\n    __typename\n    id\n    number\n    status\n    overrideReason\n    returnReason\n    returnedAt\n    archiveNumber\n    retentionPeriod\n    approvalId\n    createdAt\n    submittedAt\n    sentAt\n    acceptedAt\n    updatedAt\n    unit {\n      __typename\n      id\n      name\n    }\n    case {\n      __typename\n      id\n      number\n      cause\n      procedure\n      status\n      partyName\n      concludedOn\n      transferDeadline\n      archiveNumber\n      archivedOn\n      retentionPeriod\n      retainUntil\n    }\n    catalogue {\n      seq\n      recordId\n      documentNumber\n      title\n      date\n      pages\n      durationSeconds\n      remarks\n      record {\n        __typename\n        id\n        kind\n        title\n        stage\n        confidentiality\n      }\n    }\n    checkRun {\n      startedAt\n      filesDone\n      filesTotal\n      bytesDone\n      bytesTotal\n    }\n    checks {\n      checkedAt\n      passed\n      results {\n        kind\n        passed\n        findings {\n          code\n          message\n          recordId\n        }\n      }\n    }\n  }\n": typeof types.TransferFieldsFragmentDoc,
    "\n  query Transfers($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: TransferFilter) {\n    transfers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        __typename\n        id\n        number\n        status\n        archiveNumber\n        submittedAt\n        sentAt\n        acceptedAt\n        createdAt\n        unit {\n          __typename\n          id\n          name\n        }\n        case {\n          __typename\n          id\n          number\n          cause\n          partyName\n          status\n          transferDeadline\n        }\n        checks {\n          passed\n        }\n      }\n    }\n  }\n": typeof types.TransfersDocument,
    "\n  query Transfer($id: ID!) {\n    transfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": typeof types.TransferDocument,
    "\n  query CaseTransfer($id: ID!) {\n    case(id: $id) {\n      id\n      transfer {\n        id\n        number\n        status\n      }\n    }\n  }\n": typeof types.CaseTransferDocument,
    "\n  mutation OpenTransfer($caseId: ID!) {\n    openTransfer(caseId: $caseId) {\n      ...TransferFields\n    }\n  }\n": typeof types.OpenTransferDocument,
    "\n  mutation SaveCatalogue($input: SaveCatalogueInput!) {\n    saveCatalogue(input: $input) {\n      ...TransferFields\n    }\n  }\n": typeof types.SaveCatalogueDocument,
    "\n  mutation CheckTransfer($id: ID!) {\n    checkTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": typeof types.CheckTransferDocument,
    "\n  mutation SubmitTransfer($id: ID!, $overrideReason: String) {\n    submitTransfer(id: $id, overrideReason: $overrideReason) {\n      ...TransferFields\n    }\n  }\n": typeof types.SubmitTransferDocument,
    "\n  mutation WithdrawTransfer($id: ID!) {\n    withdrawTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": typeof types.WithdrawTransferDocument,
    "\n  mutation AcceptTransfer($id: ID!) {\n    acceptTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": typeof types.AcceptTransferDocument,
    "\n  mutation ReturnTransfer($id: ID!, $reason: String!) {\n    returnTransfer(id: $id, reason: $reason) {\n      ...TransferFields\n    }\n  }\n": typeof types.ReturnTransferDocument,
    "\n  query RetentionRules {\n    retentionRules {\n      __typename\n      procedure\n      period\n      transferDays\n      evidenceAvKeepsCasePeriod\n      avStages\n      updatedAt\n      requirements {\n        label\n        kinds\n        stage\n      }\n    }\n  }\n": typeof types.RetentionRulesDocument,
    "\n  mutation SetRetentionRule($input: RetentionRuleInput!) {\n    setRetentionRule(input: $input) {\n      __typename\n      procedure\n      period\n      transferDays\n      evidenceAvKeepsCasePeriod\n      avStages\n      updatedAt\n      requirements {\n        label\n        kinds\n        stage\n      }\n    }\n  }\n": typeof types.SetRetentionRuleDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    __typename\n    seq\n    at\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    outcome\n    clientAddress\n    details\n    hash\n    prevHash\n  }\n": typeof types.AuditEventFieldsFragmentDoc,
    "\n  query AuditEvents($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: AuditEventFilter) {\n    auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AuditEventFields\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditEvent($seq: Int!) {\n    auditEvent(seq: $seq) {\n      ...AuditEventFields\n    }\n  }\n": typeof types.AuditEventDocument,
    "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      checked\n      lastSeq\n      lastHash\n      intact\n      checkpointsChecked\n      publicKey\n      problems {\n        seq\n        problem\n      }\n      checkpointProblems {\n        day\n        problem\n      }\n    }\n  }\n": typeof types.VerifyAuditTrailDocument,
    "\n  query AuditCheckpoints {\n    auditCheckpoints {\n      day\n      lastSeq\n      lastHash\n      keyFingerprint\n      signature\n      signedAt\n    }\n  }\n": typeof types.AuditCheckpointsDocument,
    "\n  fragment SessionUserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    lastLoginAt\n    passwordChangedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  fragment CaseFields on Case {\n    __typename\n    id\n    number\n    year\n    seq\n    cause\n    procedure\n    status\n    openedOn\n    concludedOn\n    transferDeadline\n    partyKind\n    partyName\n    partyIdNumber\n    partyPhone\n    partyAddress\n    partyLegalRepresentative\n    handlingOfficerIds\n    handlingOfficers {\n      __typename\n      id\n      username\n      displayName\n    }\n    unit {\n      __typename\n      id\n      code\n      name\n      casePrefix\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.CaseFieldsFragmentDoc,
    "\n  query Cases($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: CaseFilter) {\n    cases(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...CaseFields\n      }\n    }\n  }\n": typeof types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n": typeof types.CaseDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": typeof types.OpenCaseDocument,
    "\n  mutation ConcludeCase($id: ID!, $concludedOn: String) {\n    concludeCase(id: $id, concludedOn: $concludedOn) {\n      ...CaseFields\n    }\n  }\n": typeof types.ConcludeCaseDocument,
    "\n  query ComplianceSummary($filter: ComplianceFilter!) {\n    complianceSummary(filter: $filter) {\n      from\n      to\n      totals {\n        kind\n        count\n      }\n      byUnit {\n        unitId\n        unit {\n          id\n          name\n        }\n        kind\n        count\n      }\n      byOfficer {\n        officerId\n        officer {\n          id\n          displayName\n          unit {\n            id\n            name\n          }\n        }\n        kind\n        count\n      }\n      byMonth {\n        month\n        kind\n        count\n      }\n    }\n  }\n": typeof types.ComplianceSummaryDocument,
    "\n  query ComplianceItems(\n    $filter: ComplianceFilter!\n    $page: Int!\n    $perPage: Int!\n    $sortField: String\n    $sortOrder: SortOrder\n  ) {\n    complianceItems(filter: $filter, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        kind\n        at\n        unitId\n        officerId\n        caseId\n        recordId\n        subjectType\n        subjectId\n        stage\n        detail\n        unit {\n          id\n          name\n        }\n        officer {\n          id\n          displayName\n        }\n        case {\n          id\n          number\n        }\n        record {\n          id\n          title\n        }\n        explanation {\n          id\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ComplianceItemsDocument,
    "\n  query CaseRecordingGaps($id: ID!) {\n    case(id: $id) {\n      id\n      recordingGaps {\n        stage\n        since\n        records\n        explanation {\n          id\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.CaseRecordingGapsDocument,
    "\n  mutation ExplainRecordingGap($caseId: ID!, $stage: EnforcementStage!, $text: String!) {\n    explainRecordingGap(caseId: $caseId, stage: $stage, text: $text) {\n      id\n      stage\n      text\n      createdAt\n    }\n  }\n": typeof types.ExplainRecordingGapDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      ...DeviceFields\n    }\n  }\n": typeof types.RegisterDeviceDocument,
    "\n  mutation RetireDevice($id: ID!, $reason: String!) {\n    retireDevice(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.RetireDeviceDocument,
    "\n  mutation CheckoutDevice($id: ID!, $check: PreUseCheckInput!) {\n    checkoutDevice(id: $id, check: $check) {\n      ...DeviceCheckoutFields\n    }\n  }\n": typeof types.CheckoutDeviceDocument,
    "\n  mutation ReturnDevice($checkoutId: ID!) {\n    returnDevice(checkoutId: $checkoutId) {\n      id\n      returnedAt\n    }\n  }\n": typeof types.ReturnDeviceDocument,
    "\n  mutation ReportDeviceFault($id: ID!, $description: String!) {\n    reportDeviceFault(id: $id, description: $description) {\n      id\n    }\n  }\n": typeof types.ReportDeviceFaultDocument,
    "\n  mutation SendDeviceForRepair($id: ID!, $repairService: String!) {\n    sendDeviceForRepair(id: $id, repairService: $repairService) {\n      id\n    }\n  }\n": typeof types.SendDeviceForRepairDocument,
    "\n  mutation RecordDeviceRepair($id: ID!, $result: String!) {\n    recordDeviceRepair(id: $id, result: $result) {\n      id\n    }\n  }\n": typeof types.RecordDeviceRepairDocument,
    "\n  mutation CheckDeviceAfterRepair($id: ID!, $passed: Boolean!, $note: String!) {\n    checkDeviceAfterRepair(id: $id, passed: $passed, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.CheckDeviceAfterRepairDocument,
    "\n  mutation LogDeviceMaintenance($id: ID!, $input: MaintenanceInput!) {\n    logDeviceMaintenance(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.LogDeviceMaintenanceDocument,
    "\n  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {\n    updateDevice(id: $id, input: $input) {\n      ...DeviceFields\n    }\n  }\n": typeof types.UpdateDeviceDocument,
    "\n  fragment DeviceCheckoutFields on DeviceCheckout {\n    __typename\n    id\n    day\n    checkedOutAt\n    batteryPercent\n    freeStorageGb\n    clockCorrect\n    checkPassed\n    overrideReason\n    returnedAt\n    officer {\n      __typename\n      id\n      username\n      displayName\n    }\n  }\n": typeof types.DeviceCheckoutFieldsFragmentDoc,
    "\n  fragment DeviceFields on Device {\n    __typename\n    id\n    number\n    kind\n    model\n    serial\n    status\n    purchasedOn\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n    }\n    custodian {\n      __typename\n      id\n      username\n      displayName\n    }\n    currentCheckout {\n      ...DeviceCheckoutFields\n    }\n  }\n": typeof types.DeviceFieldsFragmentDoc,
    "\n  fragment DeviceDetailFields on Device {\n    ...DeviceFields\n    checkouts {\n      ...DeviceCheckoutFields\n    }\n    faults {\n      __typename\n      id\n      description\n      reportedAt\n      repairService\n      sentAt\n      repairedAt\n      repairResult\n      closedAt\n    }\n    maintenanceLog {\n      __typename\n      id\n      kind\n      performedAt\n      note\n    }\n    maintenanceDue {\n      kind\n      everyDays\n      lastAt\n      dueAt\n      overdue\n    }\n  }\n": typeof types.DeviceDetailFieldsFragmentDoc,
    "\n  query Devices($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DeviceFilter) {\n    devices(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...DeviceFields\n      }\n    }\n  }\n": typeof types.DevicesDocument,
    "\n  query Device($id: ID!) {\n    device(id: $id) {\n      ...DeviceDetailFields\n    }\n  }\n": typeof types.DeviceDocument,
    "\n  query Offloads($from: String!, $to: String!, $unitId: ID) {\n    offloads(from: $from, to: $to, unitId: $unitId) {\n      day\n      state\n      uploads\n      totalSeconds\n      dueAt\n      device {\n        __typename\n        id\n        number\n        kind\n        unit {\n          __typename\n          id\n          code\n          name\n        }\n      }\n      checkout {\n        ...DeviceCheckoutFields\n      }\n    }\n  }\n": typeof types.OffloadsDocument,
    "\n  query DeviceRecords($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {\n    records(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        __typename\n        id\n        title\n        kind\n        capturedFrom\n        captureFlags\n        case {\n          __typename\n          id\n          number\n        }\n        officer {\n          __typename\n          id\n          displayName\n        }\n        deviceCheckout {\n          __typename\n          id\n          day\n        }\n      }\n    }\n  }\n": typeof types.DeviceRecordsDocument,
    "\n  query HeldDevices($officerId: ID!, $at: DateTimeISO!) {\n    heldDevices(officerId: $officerId, at: $at) {\n      __typename\n      id\n      day\n      returnedAt\n      device {\n        __typename\n        id\n        number\n        kind\n        status\n      }\n    }\n  }\n": typeof types.HeldDevicesDocument,
    "\n  fragment AttachmentFields on Attachment {\n    __typename\n    id\n    fileName\n    purpose\n    url\n    createdAt\n    file {\n      __typename\n      id\n      sha256\n      size\n      mediaType\n    }\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  fragment ExportPackageFields on ExportPackage {\n    __typename\n    id\n    status\n    progress\n    bytesDone\n    bytesTotal\n    fileCount\n    fileName\n    downloadUrl\n    sha256\n    sm3\n    size\n    payloadOxum\n    fixityStatus\n    contents {\n      recordId\n      path\n      watermarked\n      redacted\n      generated\n    }\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n": typeof types.ExportPackageFieldsFragmentDoc,
    "\n  fragment DisclosureSummaryFields on Disclosure {\n    __typename\n    id\n    number\n    type\n    status\n    overdue\n    dueAt\n    purpose\n    bodyKind\n    bodyName\n    letterNumber\n    applicantName\n    relation\n    includedCount\n    registeredAt\n    updatedAt\n    partyCase {\n      __typename\n      id\n      number\n      cause\n    }\n  }\n": typeof types.DisclosureSummaryFieldsFragmentDoc,
    "\n  fragment DisclosureFields on Disclosure {\n    ...DisclosureSummaryFields\n    letterDate\n    concerning\n    applicantIdType\n    applicantIdNumber\n    approvalId\n    closeNote\n    closedAt\n    deliveredAt\n    deliveredTo\n    deliveryMethod\n    deliveryNote\n    registeredBy {\n      __typename\n      id\n      displayName\n    }\n    deliveredBy {\n      __typename\n      id\n      displayName\n    }\n    letter {\n      ...AttachmentFields\n    }\n    applicationForm {\n      ...AttachmentFields\n    }\n    identityDocument {\n      ...AttachmentFields\n    }\n    authorisation {\n      ...AttachmentFields\n    }\n    receipt {\n      ...AttachmentFields\n    }\n    items {\n      __typename\n      id\n      seq\n      recordId\n      decision\n      reason\n      note\n      decidedAt\n      redacted {\n        ...AttachmentFields\n      }\n      record {\n        __typename\n        id\n        title\n        kind\n        confidentiality\n        secretLevel\n        fileName\n        file {\n          __typename\n          id\n          mediaType\n        }\n        case {\n          __typename\n          id\n          number\n        }\n      }\n    }\n    packages {\n      ...ExportPackageFields\n    }\n  }\n": typeof types.DisclosureFieldsFragmentDoc,
    "\n  query Disclosures($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DisclosureFilter) {\n    disclosures(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...DisclosureSummaryFields\n      }\n    }\n  }\n": typeof types.DisclosuresDocument,
    "\n  query Disclosure($id: ID!) {\n    disclosure(id: $id) {\n      ...DisclosureFields\n    }\n  }\n": typeof types.DisclosureDocument,
    "\n  query ExportPackage($id: ID!) {\n    exportPackage(id: $id) {\n      ...ExportPackageFields\n    }\n  }\n": typeof types.ExportPackageDocument,
    "\n  mutation RegisterExternalRequest($input: RegisterExternalRequestInput!) {\n    registerExternalRequest(input: $input) {\n      ...DisclosureFields\n    }\n  }\n": typeof types.RegisterExternalRequestDocument,
    "\n  mutation RegisterCopyApplication($input: RegisterCopyApplicationInput!) {\n    registerCopyApplication(input: $input) {\n      ...DisclosureFields\n    }\n  }\n": typeof types.RegisterCopyApplicationDocument,
    "\n  mutation DecideDisclosureItems($input: DecideItemsInput!) {\n    decideDisclosureItems(input: $input) {\n      ...DisclosureFields\n    }\n  }\n": typeof types.DecideDisclosureItemsDocument,
    "\n  mutation SubmitDisclosure($id: ID!) {\n    submitDisclosure(id: $id) {\n      ...DisclosureFields\n    }\n  }\n": typeof types.SubmitDisclosureDocument,
    "\n  mutation CancelDisclosure($id: ID!, $reason: String!) {\n    cancelDisclosure(id: $id, reason: $reason) {\n      ...DisclosureFields\n    }\n  }\n": typeof types.CancelDisclosureDocument,
    "\n  mutation BuildExportPackage($disclosureId: ID!) {\n    buildExportPackage(disclosureId: $disclosureId) {\n      ...ExportPackageFields\n    }\n  }\n": typeof types.BuildExportPackageDocument,
    "\n  mutation RecordDelivery($input: RecordDeliveryInput!) {\n    recordDelivery(input: $input) {\n      ...DisclosureFields\n    }\n  }\n": typeof types.RecordDeliveryDocument,
    "\n  mutation CloseDisclosure($id: ID!, $note: String) {\n    closeDisclosure(id: $id, note: $note) {\n      ...DisclosureFields\n    }\n  }\n": typeof types.CloseDisclosureDocument,
    "\n  fragment CaseHoldFields on CaseHold {\n    __typename\n    id\n    reason\n    longTermReason\n    placedAt\n    placedByName\n    releasedAt\n    releasedByName\n    releaseReason\n  }\n": typeof types.CaseHoldFieldsFragmentDoc,
    "\n  query CaseHolds($id: ID!) {\n    case(id: $id) {\n      id\n      holds {\n        ...CaseHoldFields\n      }\n    }\n  }\n": typeof types.CaseHoldsDocument,
    "\n  mutation PlaceCaseHold($caseId: ID!, $reason: String!, $longTermReason: LongTermReason) {\n    placeCaseHold(caseId: $caseId, reason: $reason, longTermReason: $longTermReason) {\n      ...CaseHoldFields\n    }\n  }\n": typeof types.PlaceCaseHoldDocument,
    "\n  mutation ReleaseCaseHold($holdId: ID!, $reason: String!) {\n    releaseCaseHold(holdId: $holdId, reason: $reason) {\n      ...CaseHoldFields\n    }\n  }\n": typeof types.ReleaseCaseHoldDocument,
    "\n  query DisposalCandidates($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    disposalCandidates(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        __typename\n        id\n        kind\n        title\n        retention\n        retainUntil\n        fileName\n        case {\n          __typename\n          id\n          number\n          cause\n          archiveNumber\n        }\n      }\n    }\n  }\n": typeof types.DisposalCandidatesDocument,
    "\n  fragment DisposalListFields on DisposalList {\n    __typename\n    id\n    number\n    status\n    note\n    itemCount\n    approvalId\n    createdAt\n    createdByName\n    updatedAt\n    executedAt\n    executedByName\n    cancelledAt\n    cancelReason\n    certificateUrl\n    certificate {\n      __typename\n      id\n      sha256\n      sm3\n      size\n    }\n    items {\n      __typename\n      id\n      recordId\n      caseNumber\n      archiveNumber\n      title\n      retention\n      retainUntil\n      sha256\n      sm3\n      size\n      disposedAt\n      bytesRemoved\n    }\n  }\n": typeof types.DisposalListFieldsFragmentDoc,
    "\n  query DisposalLists(\n    $page: Int!\n    $perPage: Int!\n    $sortField: String\n    $sortOrder: SortOrder\n    $statuses: [DisposalStatus!]\n  ) {\n    disposalLists(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, statuses: $statuses) {\n      total\n      items {\n        __typename\n        id\n        number\n        status\n        note\n        itemCount\n        createdAt\n        createdByName\n        executedAt\n      }\n    }\n  }\n": typeof types.DisposalListsDocument,
    "\n  query DisposalList($id: ID!) {\n    disposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n": typeof types.DisposalListDocument,
    "\n  mutation CreateDisposalList($input: CreateDisposalListInput!) {\n    createDisposalList(input: $input) {\n      ...DisposalListFields\n    }\n  }\n": typeof types.CreateDisposalListDocument,
    "\n  mutation EditDisposalList($input: EditDisposalListInput!) {\n    editDisposalList(input: $input) {\n      ...DisposalListFields\n    }\n  }\n": typeof types.EditDisposalListDocument,
    "\n  mutation SubmitDisposalList($id: ID!) {\n    submitDisposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n": typeof types.SubmitDisposalListDocument,
    "\n  mutation CancelDisposalList($id: ID!, $reason: String!) {\n    cancelDisposalList(id: $id, reason: $reason) {\n      ...DisposalListFields\n    }\n  }\n": typeof types.CancelDisposalListDocument,
    "\n  mutation ExecuteDisposalList($id: ID!) {\n    executeDisposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n": typeof types.ExecuteDisposalListDocument,
    "\n  fragment StoredFileFields on StoredFile {\n    __typename\n    id\n    sha256\n    sm3\n    size\n    mediaType\n    extension\n    durationSeconds\n    width\n    height\n    recordedAt\n    storedAt\n    fixityStatus\n    fixityCheckedAt\n  }\n": typeof types.StoredFileFieldsFragmentDoc,
    "\n  mutation OpenRecordFile($recordId: ID!, $mode: FileAccessMode!, $version: Int) {\n    openRecordFile(recordId: $recordId, mode: $mode, version: $version) {\n      id\n      url\n      mode\n      expiresAt\n      fileName\n      mediaType\n      size\n      sha256\n      viewerName\n      openedAt\n    }\n  }\n": typeof types.OpenRecordFileDocument,
    "\n  query FixitySummary {\n    fixitySummary {\n      files\n      mismatch\n      missing\n      overdue\n      lastCheckedAt\n      cycleDays\n    }\n  }\n": typeof types.FixitySummaryDocument,
    "\n  fragment MediaVolumeFields on MediaVolume {\n    __typename\n    id\n    seq\n    size\n    sha256\n    label\n    location\n    registeredAt\n    registeredBy {\n      __typename\n      id\n      displayName\n    }\n    lastVerifiedAt\n    lastVerificationOk\n    recheckDue\n    downloadUrl\n    verifyUrl\n    verifications {\n      __typename\n      id\n      kind\n      ok\n      sha256\n      size\n      verifiedAt\n      note\n      verifiedBy {\n        __typename\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.MediaVolumeFieldsFragmentDoc,
    "\n  fragment MediaSetFields on MediaSet {\n    __typename\n    id\n    number\n    mediumType\n    capacity\n    status\n    error\n    volumeCount\n    bytesTotal\n    recordIds\n    startedAt\n    finishedAt\n    createdAt\n    createdBy {\n      __typename\n      id\n      displayName\n    }\n    volumes {\n      ...MediaVolumeFields\n    }\n  }\n": typeof types.MediaSetFieldsFragmentDoc,
    "\n  query MediaSets($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    mediaSets(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        __typename\n        id\n        number\n        mediumType\n        capacity\n        status\n        volumeCount\n        bytesTotal\n        createdAt\n        createdBy {\n          __typename\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.MediaSetsDocument,
    "\n  query MediaSet($id: ID!) {\n    mediaSet(id: $id) {\n      ...MediaSetFields\n    }\n  }\n": typeof types.MediaSetDocument,
    "\n  query MediaSetStatus($id: ID!) {\n    mediaSet(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.MediaSetStatusDocument,
    "\n  query MediaDueForRecheck {\n    mediaDueForRecheck {\n      __typename\n      id\n      seq\n      label\n      location\n      recheckDue\n      lastVerifiedAt\n      lastVerificationOk\n      set {\n        __typename\n        id\n        number\n        mediumType\n        volumeCount\n      }\n    }\n  }\n": typeof types.MediaDueForRecheckDocument,
    "\n  mutation CreateMediaSet($input: CreateMediaSetInput!) {\n    createMediaSet(input: $input) {\n      ...MediaSetFields\n    }\n  }\n": typeof types.CreateMediaSetDocument,
    "\n  mutation RegisterMedium($input: RegisterMediumInput!) {\n    registerMedium(input: $input) {\n      ...MediaVolumeFields\n    }\n  }\n": typeof types.RegisterMediumDocument,
    "\n  query MyNotifications($page: Int!, $perPage: Int!, $unreadOnly: Boolean!) {\n    myNotifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        __typename\n        id\n        kind\n        subjectType\n        subjectId\n        summary\n        decision\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment RecordHoldFields on RecordHold {\n    __typename\n    id\n    reason\n    longTermReason\n    placedAt\n    releasedAt\n    releaseReason\n  }\n": typeof types.RecordHoldFieldsFragmentDoc,
    "\n  fragment RecordFields on Record {\n    __typename\n    id\n    kind\n    title\n    stage\n    version\n    capturedFrom\n    capturedTo\n    location\n    deviceNumber\n    documentNumber\n    issuedTo\n    confidentiality\n    secretLevel\n    secretRank\n    longTerm\n    longTermReason\n    partyNotified\n    notNotified\n    holdCount\n    fileId\n    fileName\n    captureFlags\n    file {\n      ...StoredFileFields\n    }\n    createdAt\n    updatedAt\n    officer {\n      __typename\n      id\n      username\n      displayName\n    }\n    holds {\n      ...RecordHoldFields\n    }\n    case {\n      __typename\n      id\n      number\n      cause\n      status\n      partyName\n      handlingOfficerIds\n      unit {\n        __typename\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.RecordFieldsFragmentDoc,
    "\n  fragment RecordVersionFields on RecordVersion {\n    __typename\n    id\n    version\n    createdAt\n    createdByName\n    reason\n    kind\n    title\n    stage\n    capturedFrom\n    capturedTo\n    location\n    deviceNumber\n    documentNumber\n    issuedTo\n    confidentiality\n    secretLevel\n    longTerm\n    longTermReason\n    partyNotified\n    fileId\n    fileName\n  }\n": typeof types.RecordVersionFieldsFragmentDoc,
    "\n  query Records($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {\n    records(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...RecordFields\n      }\n    }\n  }\n": typeof types.RecordsDocument,
    "\n  query Record($id: ID!) {\n    record(id: $id) {\n      ...RecordFields\n    }\n  }\n": typeof types.RecordDocument,
    "\n  query RecordHistory($id: ID!) {\n    recordHistory(id: $id) {\n      ...RecordVersionFields\n    }\n  }\n": typeof types.RecordHistoryDocument,
    "\n  query RecordContent($id: ID!) {\n    recordContent(id: $id) {\n      body\n      fileId\n    }\n  }\n": typeof types.RecordContentDocument,
    "\n  mutation CreateTextRecord($input: CreateRecordInput!) {\n    createTextRecord(input: $input) {\n      ...RecordFields\n    }\n  }\n": typeof types.CreateTextRecordDocument,
    "\n  mutation CorrectRecord($id: ID!, $input: RecordMetadataInput!, $reason: String!) {\n    correctRecord(id: $id, input: $input, reason: $reason) {\n      ...RecordFields\n    }\n  }\n": typeof types.CorrectRecordDocument,
    "\n  mutation PlaceHold($recordId: ID!, $reason: String!, $longTermReason: LongTermReason) {\n    placeHold(recordId: $recordId, reason: $reason, longTermReason: $longTermReason) {\n      ...RecordHoldFields\n    }\n  }\n": typeof types.PlaceHoldDocument,
    "\n  mutation ReleaseHold($holdId: ID!, $reason: String!) {\n    releaseHold(holdId: $holdId, reason: $reason) {\n      ...RecordHoldFields\n    }\n  }\n": typeof types.ReleaseHoldDocument,
    "\n  fragment UnitFields on Unit {\n    __typename\n    id\n    code\n    name\n    kind\n    casePrefix\n    createdAt\n    updatedAt\n  }\n": typeof types.UnitFieldsFragmentDoc,
    "\n  query Units($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UnitFilter) {\n    units(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UnitFields\n      }\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n    }\n  }\n": typeof types.UnitDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.CreateUnitDocument,
    "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitFields\n    }\n  }\n": typeof types.UpdateUnitDocument,
    "\n  fragment UserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    failedLoginCount\n    lockedUntil\n    lastLoginAt\n    passwordChangedAt\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UserFilter) {\n    users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.EnableUserDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      ...UserFields\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  fragment ViolationFields on Violation {\n    __typename\n    id\n    versionId\n    version\n    kind\n    personId\n    person {\n      id\n      username\n      displayName\n    }\n    unit {\n      id\n      name\n    }\n    occurredOn\n    finding\n    outcome\n    evidence {\n      kind\n      ref\n      readable\n      title\n    }\n    reason\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": typeof types.ViolationFieldsFragmentDoc,
    "\n  query Violations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: ViolationFilter) {\n    violations(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...ViolationFields\n      }\n    }\n  }\n": typeof types.ViolationsDocument,
    "\n  query MyViolations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    myViolations(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        ...ViolationFields\n      }\n    }\n  }\n": typeof types.MyViolationsDocument,
    "\n  query Violation($id: ID!) {\n    violation(id: $id) {\n      ...ViolationFields\n    }\n  }\n": typeof types.ViolationDocument,
    "\n  query ViolationHistory($id: ID!) {\n    violationHistory(id: $id) {\n      ...ViolationFields\n    }\n  }\n": typeof types.ViolationHistoryDocument,
    "\n  mutation RegisterViolation($input: ViolationInput!) {\n    registerViolation(input: $input) {\n      ...ViolationFields\n    }\n  }\n": typeof types.RegisterViolationDocument,
    "\n  mutation CorrectViolation($id: ID!, $input: ViolationInput!, $reason: String!, $version: Int) {\n    correctViolation(id: $id, input: $input, reason: $reason, version: $version) {\n      ...ViolationFields\n    }\n  }\n": typeof types.CorrectViolationDocument,
};
const documents: Documents = {
    "\n  fragment ApprovalStepFields on ApprovalStep {\n    __typename\n    id\n    seq\n    role\n    label\n    minClearanceRank\n    waiting\n    decision\n    comment\n    decidedAt\n    decidedByName\n  }\n": types.ApprovalStepFieldsFragmentDoc,
    "\n  fragment ApprovalRequestFields on ApprovalRequest {\n    __typename\n    id\n    type\n    status\n    summary\n    disclosureId\n    transferId\n    disposalListId\n    purpose\n    maxConfidentiality\n    maxSecretRank\n    hasAv\n    currentStep\n    createdAt\n    dueAt\n    decidedAt\n    requester {\n      __typename\n      id\n      username\n      displayName\n    }\n  }\n": types.ApprovalRequestFieldsFragmentDoc,
    "\n  query ApprovalQueue($page: Int!, $perPage: Int!, $filter: ApprovalQueueFilter) {\n    approvalQueue(page: $page, perPage: $perPage, filter: $filter) {\n      total\n      items {\n        ...ApprovalStepFields\n        request {\n          ...ApprovalRequestFields\n        }\n      }\n    }\n  }\n": types.ApprovalQueueDocument,
    "\n  query ApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalRequestFields\n      steps {\n        ...ApprovalStepFields\n      }\n      viewing {\n        __typename\n        id\n        recordIds\n        actions\n        validFrom\n        validUntil\n      }\n    }\n  }\n": types.ApprovalRequestDocument,
    "\n  query MyRequests($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: MyRequestsFilter) {\n    myRequests(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...ApprovalRequestFields\n        steps {\n          ...ApprovalStepFields\n        }\n      }\n    }\n  }\n": types.MyRequestsDocument,
    "\n  mutation DecideApproval($stepId: ID!, $decision: Decision!, $comment: String) {\n    decideApproval(stepId: $stepId, decision: $decision, comment: $comment) {\n      ...ApprovalStepFields\n    }\n  }\n": types.DecideApprovalDocument,
    "\n  mutation DecideApprovals($stepIds: [ID!]!, $decision: Decision!, $comment: String) {\n    decideApprovals(stepIds: $stepIds, decision: $decision, comment: $comment) {\n      ...ApprovalStepFields\n    }\n  }\n": types.DecideApprovalsDocument,
    "\n  mutation ResubmitRequest($id: ID!, $purpose: String) {\n    resubmitRequest(id: $id, purpose: $purpose) {\n      ...ApprovalRequestFields\n    }\n  }\n": types.ResubmitRequestDocument,
    "\n  mutation CancelRequest($id: ID!) {\n    cancelRequest(id: $id) {\n      ...ApprovalRequestFields\n    }\n  }\n": types.CancelRequestDocument,
    "\n  mutation RequestViewing($input: RequestViewingInput!) {\n    requestViewing(input: $input) {\n      __typename\n      id\n      recordIds\n    }\n  }\n": types.RequestViewingDocument,
    "\n  fragment AccessGrantFields on AccessGrant {\n    __typename\n    id\n    recordId\n    actions\n    validFrom\n    expiresAt\n    revokedAt\n    revokeReason\n    createdAt\n  }\n": types.AccessGrantFieldsFragmentDoc,
    "\n  query MyGrants {\n    myGrants {\n      ...AccessGrantFields\n    }\n  }\n": types.MyGrantsDocument,
    "\n  mutation RevokeGrant($id: ID!, $reason: String!) {\n    revokeGrant(id: $id, reason: $reason) {\n      ...AccessGrantFields\n    }\n  }\n": types.RevokeGrantDocument,
    "\n  query ApprovalPolicy($type: RequestType!) {\n    approvalPolicy(type: $type) {\n      __typename\n      id\n      requestType\n      version\n      note\n      createdAt\n      rules {\n        confidentialityIn\n        av\n        steps {\n          role\n          sameUnit\n          clearanceOfRecords\n          label\n        }\n      }\n    }\n  }\n": types.ApprovalPolicyDocument,
    "\n  mutation UpdateApprovalPolicy($type: RequestType!, $rules: [PolicyRuleInput!]!, $note: String) {\n    updateApprovalPolicy(type: $type, rules: $rules, note: $note) {\n      __typename\n      id\n      version\n    }\n  }\n": types.UpdateApprovalPolicyDocument,
    "\n  query Grants($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: GrantFilter) {\n    grants(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AccessGrantFields\n        userId\n        user {\n          __typename\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n": types.GrantsDocument,
    "\n  fragment TransferFields on Transfer {\n    __typename\n    id\n    number\n    status\n    overrideReason\n    returnReason\n    returnedAt\n    archiveNumber\n    retentionPeriod\n    approvalId\n    createdAt\n    submittedAt\n    sentAt\n    acceptedAt\n    updatedAt\n    unit {\n      __typename\n      id\n      name\n    }\n    case {\n      __typename\n      id\n      number\n      cause\n      procedure\n      status\n      partyName\n      concludedOn\n      transferDeadline\n      archiveNumber\n      archivedOn\n      retentionPeriod\n      retainUntil\n    }\n    catalogue {\n      seq\n      recordId\n      documentNumber\n      title\n      date\n      pages\n      durationSeconds\n      remarks\n      record {\n        __typename\n        id\n        kind\n        title\n        stage\n        confidentiality\n      }\n    }\n    checkRun {\n      startedAt\n      filesDone\n      filesTotal\n      bytesDone\n      bytesTotal\n    }\n    checks {\n      checkedAt\n      passed\n      results {\n        kind\n        passed\n        findings {\n          code\n          message\n          recordId\n        }\n      }\n    }\n  }\n": types.TransferFieldsFragmentDoc,
    "\n  query Transfers($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: TransferFilter) {\n    transfers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        __typename\n        id\n        number\n        status\n        archiveNumber\n        submittedAt\n        sentAt\n        acceptedAt\n        createdAt\n        unit {\n          __typename\n          id\n          name\n        }\n        case {\n          __typename\n          id\n          number\n          cause\n          partyName\n          status\n          transferDeadline\n        }\n        checks {\n          passed\n        }\n      }\n    }\n  }\n": types.TransfersDocument,
    "\n  query Transfer($id: ID!) {\n    transfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": types.TransferDocument,
    "\n  query CaseTransfer($id: ID!) {\n    case(id: $id) {\n      id\n      transfer {\n        id\n        number\n        status\n      }\n    }\n  }\n": types.CaseTransferDocument,
    "\n  mutation OpenTransfer($caseId: ID!) {\n    openTransfer(caseId: $caseId) {\n      ...TransferFields\n    }\n  }\n": types.OpenTransferDocument,
    "\n  mutation SaveCatalogue($input: SaveCatalogueInput!) {\n    saveCatalogue(input: $input) {\n      ...TransferFields\n    }\n  }\n": types.SaveCatalogueDocument,
    "\n  mutation CheckTransfer($id: ID!) {\n    checkTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": types.CheckTransferDocument,
    "\n  mutation SubmitTransfer($id: ID!, $overrideReason: String) {\n    submitTransfer(id: $id, overrideReason: $overrideReason) {\n      ...TransferFields\n    }\n  }\n": types.SubmitTransferDocument,
    "\n  mutation WithdrawTransfer($id: ID!) {\n    withdrawTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": types.WithdrawTransferDocument,
    "\n  mutation AcceptTransfer($id: ID!) {\n    acceptTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n": types.AcceptTransferDocument,
    "\n  mutation ReturnTransfer($id: ID!, $reason: String!) {\n    returnTransfer(id: $id, reason: $reason) {\n      ...TransferFields\n    }\n  }\n": types.ReturnTransferDocument,
    "\n  query RetentionRules {\n    retentionRules {\n      __typename\n      procedure\n      period\n      transferDays\n      evidenceAvKeepsCasePeriod\n      avStages\n      updatedAt\n      requirements {\n        label\n        kinds\n        stage\n      }\n    }\n  }\n": types.RetentionRulesDocument,
    "\n  mutation SetRetentionRule($input: RetentionRuleInput!) {\n    setRetentionRule(input: $input) {\n      __typename\n      procedure\n      period\n      transferDays\n      evidenceAvKeepsCasePeriod\n      avStages\n      updatedAt\n      requirements {\n        label\n        kinds\n        stage\n      }\n    }\n  }\n": types.SetRetentionRuleDocument,
    "\n  fragment AuditEventFields on AuditEvent {\n    __typename\n    seq\n    at\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    outcome\n    clientAddress\n    details\n    hash\n    prevHash\n  }\n": types.AuditEventFieldsFragmentDoc,
    "\n  query AuditEvents($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: AuditEventFilter) {\n    auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AuditEventFields\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditEvent($seq: Int!) {\n    auditEvent(seq: $seq) {\n      ...AuditEventFields\n    }\n  }\n": types.AuditEventDocument,
    "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      checked\n      lastSeq\n      lastHash\n      intact\n      checkpointsChecked\n      publicKey\n      problems {\n        seq\n        problem\n      }\n      checkpointProblems {\n        day\n        problem\n      }\n    }\n  }\n": types.VerifyAuditTrailDocument,
    "\n  query AuditCheckpoints {\n    auditCheckpoints {\n      day\n      lastSeq\n      lastHash\n      keyFingerprint\n      signature\n      signedAt\n    }\n  }\n": types.AuditCheckpointsDocument,
    "\n  fragment SessionUserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    lastLoginAt\n    passwordChangedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.SessionUserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  fragment CaseFields on Case {\n    __typename\n    id\n    number\n    year\n    seq\n    cause\n    procedure\n    status\n    openedOn\n    concludedOn\n    transferDeadline\n    partyKind\n    partyName\n    partyIdNumber\n    partyPhone\n    partyAddress\n    partyLegalRepresentative\n    handlingOfficerIds\n    handlingOfficers {\n      __typename\n      id\n      username\n      displayName\n    }\n    unit {\n      __typename\n      id\n      code\n      name\n      casePrefix\n    }\n    createdAt\n    updatedAt\n  }\n": types.CaseFieldsFragmentDoc,
    "\n  query Cases($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: CaseFilter) {\n    cases(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...CaseFields\n      }\n    }\n  }\n": types.CasesDocument,
    "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n": types.CaseDocument,
    "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      ...CaseFields\n    }\n  }\n": types.OpenCaseDocument,
    "\n  mutation ConcludeCase($id: ID!, $concludedOn: String) {\n    concludeCase(id: $id, concludedOn: $concludedOn) {\n      ...CaseFields\n    }\n  }\n": types.ConcludeCaseDocument,
    "\n  query ComplianceSummary($filter: ComplianceFilter!) {\n    complianceSummary(filter: $filter) {\n      from\n      to\n      totals {\n        kind\n        count\n      }\n      byUnit {\n        unitId\n        unit {\n          id\n          name\n        }\n        kind\n        count\n      }\n      byOfficer {\n        officerId\n        officer {\n          id\n          displayName\n          unit {\n            id\n            name\n          }\n        }\n        kind\n        count\n      }\n      byMonth {\n        month\n        kind\n        count\n      }\n    }\n  }\n": types.ComplianceSummaryDocument,
    "\n  query ComplianceItems(\n    $filter: ComplianceFilter!\n    $page: Int!\n    $perPage: Int!\n    $sortField: String\n    $sortOrder: SortOrder\n  ) {\n    complianceItems(filter: $filter, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        kind\n        at\n        unitId\n        officerId\n        caseId\n        recordId\n        subjectType\n        subjectId\n        stage\n        detail\n        unit {\n          id\n          name\n        }\n        officer {\n          id\n          displayName\n        }\n        case {\n          id\n          number\n        }\n        record {\n          id\n          title\n        }\n        explanation {\n          id\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ComplianceItemsDocument,
    "\n  query CaseRecordingGaps($id: ID!) {\n    case(id: $id) {\n      id\n      recordingGaps {\n        stage\n        since\n        records\n        explanation {\n          id\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.CaseRecordingGapsDocument,
    "\n  mutation ExplainRecordingGap($caseId: ID!, $stage: EnforcementStage!, $text: String!) {\n    explainRecordingGap(caseId: $caseId, stage: $stage, text: $text) {\n      id\n      stage\n      text\n      createdAt\n    }\n  }\n": types.ExplainRecordingGapDocument,
    "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      ...DeviceFields\n    }\n  }\n": types.RegisterDeviceDocument,
    "\n  mutation RetireDevice($id: ID!, $reason: String!) {\n    retireDevice(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.RetireDeviceDocument,
    "\n  mutation CheckoutDevice($id: ID!, $check: PreUseCheckInput!) {\n    checkoutDevice(id: $id, check: $check) {\n      ...DeviceCheckoutFields\n    }\n  }\n": types.CheckoutDeviceDocument,
    "\n  mutation ReturnDevice($checkoutId: ID!) {\n    returnDevice(checkoutId: $checkoutId) {\n      id\n      returnedAt\n    }\n  }\n": types.ReturnDeviceDocument,
    "\n  mutation ReportDeviceFault($id: ID!, $description: String!) {\n    reportDeviceFault(id: $id, description: $description) {\n      id\n    }\n  }\n": types.ReportDeviceFaultDocument,
    "\n  mutation SendDeviceForRepair($id: ID!, $repairService: String!) {\n    sendDeviceForRepair(id: $id, repairService: $repairService) {\n      id\n    }\n  }\n": types.SendDeviceForRepairDocument,
    "\n  mutation RecordDeviceRepair($id: ID!, $result: String!) {\n    recordDeviceRepair(id: $id, result: $result) {\n      id\n    }\n  }\n": types.RecordDeviceRepairDocument,
    "\n  mutation CheckDeviceAfterRepair($id: ID!, $passed: Boolean!, $note: String!) {\n    checkDeviceAfterRepair(id: $id, passed: $passed, note: $note) {\n      id\n      status\n    }\n  }\n": types.CheckDeviceAfterRepairDocument,
    "\n  mutation LogDeviceMaintenance($id: ID!, $input: MaintenanceInput!) {\n    logDeviceMaintenance(id: $id, input: $input) {\n      id\n    }\n  }\n": types.LogDeviceMaintenanceDocument,
    "\n  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {\n    updateDevice(id: $id, input: $input) {\n      ...DeviceFields\n    }\n  }\n": types.UpdateDeviceDocument,
    "\n  fragment DeviceCheckoutFields on DeviceCheckout {\n    __typename\n    id\n    day\n    checkedOutAt\n    batteryPercent\n    freeStorageGb\n    clockCorrect\n    checkPassed\n    overrideReason\n    returnedAt\n    officer {\n      __typename\n      id\n      username\n      displayName\n    }\n  }\n": types.DeviceCheckoutFieldsFragmentDoc,
    "\n  fragment DeviceFields on Device {\n    __typename\n    id\n    number\n    kind\n    model\n    serial\n    status\n    purchasedOn\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n    }\n    custodian {\n      __typename\n      id\n      username\n      displayName\n    }\n    currentCheckout {\n      ...DeviceCheckoutFields\n    }\n  }\n": types.DeviceFieldsFragmentDoc,
    "\n  fragment DeviceDetailFields on Device {\n    ...DeviceFields\n    checkouts {\n      ...DeviceCheckoutFields\n    }\n    faults {\n      __typename\n      id\n      description\n      reportedAt\n      repairService\n      sentAt\n      repairedAt\n      repairResult\n      closedAt\n    }\n    maintenanceLog {\n      __typename\n      id\n      kind\n      performedAt\n      note\n    }\n    maintenanceDue {\n      kind\n      everyDays\n      lastAt\n      dueAt\n      overdue\n    }\n  }\n": types.DeviceDetailFieldsFragmentDoc,
    "\n  query Devices($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DeviceFilter) {\n    devices(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...DeviceFields\n      }\n    }\n  }\n": types.DevicesDocument,
    "\n  query Device($id: ID!) {\n    device(id: $id) {\n      ...DeviceDetailFields\n    }\n  }\n": types.DeviceDocument,
    "\n  query Offloads($from: String!, $to: String!, $unitId: ID) {\n    offloads(from: $from, to: $to, unitId: $unitId) {\n      day\n      state\n      uploads\n      totalSeconds\n      dueAt\n      device {\n        __typename\n        id\n        number\n        kind\n        unit {\n          __typename\n          id\n          code\n          name\n        }\n      }\n      checkout {\n        ...DeviceCheckoutFields\n      }\n    }\n  }\n": types.OffloadsDocument,
    "\n  query DeviceRecords($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {\n    records(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        __typename\n        id\n        title\n        kind\n        capturedFrom\n        captureFlags\n        case {\n          __typename\n          id\n          number\n        }\n        officer {\n          __typename\n          id\n          displayName\n        }\n        deviceCheckout {\n          __typename\n          id\n          day\n        }\n      }\n    }\n  }\n": types.DeviceRecordsDocument,
    "\n  query HeldDevices($officerId: ID!, $at: DateTimeISO!) {\n    heldDevices(officerId: $officerId, at: $at) {\n      __typename\n      id\n      day\n      returnedAt\n      device {\n        __typename\n        id\n        number\n        kind\n        status\n      }\n    }\n  }\n": types.HeldDevicesDocument,
    "\n  fragment AttachmentFields on Attachment {\n    __typename\n    id\n    fileName\n    purpose\n    url\n    createdAt\n    file {\n      __typename\n      id\n      sha256\n      size\n      mediaType\n    }\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  fragment ExportPackageFields on ExportPackage {\n    __typename\n    id\n    status\n    progress\n    bytesDone\n    bytesTotal\n    fileCount\n    fileName\n    downloadUrl\n    sha256\n    sm3\n    size\n    payloadOxum\n    fixityStatus\n    contents {\n      recordId\n      path\n      watermarked\n      redacted\n      generated\n    }\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n": types.ExportPackageFieldsFragmentDoc,
    "\n  fragment DisclosureSummaryFields on Disclosure {\n    __typename\n    id\n    number\n    type\n    status\n    overdue\n    dueAt\n    purpose\n    bodyKind\n    bodyName\n    letterNumber\n    applicantName\n    relation\n    includedCount\n    registeredAt\n    updatedAt\n    partyCase {\n      __typename\n      id\n      number\n      cause\n    }\n  }\n": types.DisclosureSummaryFieldsFragmentDoc,
    "\n  fragment DisclosureFields on Disclosure {\n    ...DisclosureSummaryFields\n    letterDate\n    concerning\n    applicantIdType\n    applicantIdNumber\n    approvalId\n    closeNote\n    closedAt\n    deliveredAt\n    deliveredTo\n    deliveryMethod\n    deliveryNote\n    registeredBy {\n      __typename\n      id\n      displayName\n    }\n    deliveredBy {\n      __typename\n      id\n      displayName\n    }\n    letter {\n      ...AttachmentFields\n    }\n    applicationForm {\n      ...AttachmentFields\n    }\n    identityDocument {\n      ...AttachmentFields\n    }\n    authorisation {\n      ...AttachmentFields\n    }\n    receipt {\n      ...AttachmentFields\n    }\n    items {\n      __typename\n      id\n      seq\n      recordId\n      decision\n      reason\n      note\n      decidedAt\n      redacted {\n        ...AttachmentFields\n      }\n      record {\n        __typename\n        id\n        title\n        kind\n        confidentiality\n        secretLevel\n        fileName\n        file {\n          __typename\n          id\n          mediaType\n        }\n        case {\n          __typename\n          id\n          number\n        }\n      }\n    }\n    packages {\n      ...ExportPackageFields\n    }\n  }\n": types.DisclosureFieldsFragmentDoc,
    "\n  query Disclosures($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DisclosureFilter) {\n    disclosures(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...DisclosureSummaryFields\n      }\n    }\n  }\n": types.DisclosuresDocument,
    "\n  query Disclosure($id: ID!) {\n    disclosure(id: $id) {\n      ...DisclosureFields\n    }\n  }\n": types.DisclosureDocument,
    "\n  query ExportPackage($id: ID!) {\n    exportPackage(id: $id) {\n      ...ExportPackageFields\n    }\n  }\n": types.ExportPackageDocument,
    "\n  mutation RegisterExternalRequest($input: RegisterExternalRequestInput!) {\n    registerExternalRequest(input: $input) {\n      ...DisclosureFields\n    }\n  }\n": types.RegisterExternalRequestDocument,
    "\n  mutation RegisterCopyApplication($input: RegisterCopyApplicationInput!) {\n    registerCopyApplication(input: $input) {\n      ...DisclosureFields\n    }\n  }\n": types.RegisterCopyApplicationDocument,
    "\n  mutation DecideDisclosureItems($input: DecideItemsInput!) {\n    decideDisclosureItems(input: $input) {\n      ...DisclosureFields\n    }\n  }\n": types.DecideDisclosureItemsDocument,
    "\n  mutation SubmitDisclosure($id: ID!) {\n    submitDisclosure(id: $id) {\n      ...DisclosureFields\n    }\n  }\n": types.SubmitDisclosureDocument,
    "\n  mutation CancelDisclosure($id: ID!, $reason: String!) {\n    cancelDisclosure(id: $id, reason: $reason) {\n      ...DisclosureFields\n    }\n  }\n": types.CancelDisclosureDocument,
    "\n  mutation BuildExportPackage($disclosureId: ID!) {\n    buildExportPackage(disclosureId: $disclosureId) {\n      ...ExportPackageFields\n    }\n  }\n": types.BuildExportPackageDocument,
    "\n  mutation RecordDelivery($input: RecordDeliveryInput!) {\n    recordDelivery(input: $input) {\n      ...DisclosureFields\n    }\n  }\n": types.RecordDeliveryDocument,
    "\n  mutation CloseDisclosure($id: ID!, $note: String) {\n    closeDisclosure(id: $id, note: $note) {\n      ...DisclosureFields\n    }\n  }\n": types.CloseDisclosureDocument,
    "\n  fragment CaseHoldFields on CaseHold {\n    __typename\n    id\n    reason\n    longTermReason\n    placedAt\n    placedByName\n    releasedAt\n    releasedByName\n    releaseReason\n  }\n": types.CaseHoldFieldsFragmentDoc,
    "\n  query CaseHolds($id: ID!) {\n    case(id: $id) {\n      id\n      holds {\n        ...CaseHoldFields\n      }\n    }\n  }\n": types.CaseHoldsDocument,
    "\n  mutation PlaceCaseHold($caseId: ID!, $reason: String!, $longTermReason: LongTermReason) {\n    placeCaseHold(caseId: $caseId, reason: $reason, longTermReason: $longTermReason) {\n      ...CaseHoldFields\n    }\n  }\n": types.PlaceCaseHoldDocument,
    "\n  mutation ReleaseCaseHold($holdId: ID!, $reason: String!) {\n    releaseCaseHold(holdId: $holdId, reason: $reason) {\n      ...CaseHoldFields\n    }\n  }\n": types.ReleaseCaseHoldDocument,
    "\n  query DisposalCandidates($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    disposalCandidates(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        __typename\n        id\n        kind\n        title\n        retention\n        retainUntil\n        fileName\n        case {\n          __typename\n          id\n          number\n          cause\n          archiveNumber\n        }\n      }\n    }\n  }\n": types.DisposalCandidatesDocument,
    "\n  fragment DisposalListFields on DisposalList {\n    __typename\n    id\n    number\n    status\n    note\n    itemCount\n    approvalId\n    createdAt\n    createdByName\n    updatedAt\n    executedAt\n    executedByName\n    cancelledAt\n    cancelReason\n    certificateUrl\n    certificate {\n      __typename\n      id\n      sha256\n      sm3\n      size\n    }\n    items {\n      __typename\n      id\n      recordId\n      caseNumber\n      archiveNumber\n      title\n      retention\n      retainUntil\n      sha256\n      sm3\n      size\n      disposedAt\n      bytesRemoved\n    }\n  }\n": types.DisposalListFieldsFragmentDoc,
    "\n  query DisposalLists(\n    $page: Int!\n    $perPage: Int!\n    $sortField: String\n    $sortOrder: SortOrder\n    $statuses: [DisposalStatus!]\n  ) {\n    disposalLists(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, statuses: $statuses) {\n      total\n      items {\n        __typename\n        id\n        number\n        status\n        note\n        itemCount\n        createdAt\n        createdByName\n        executedAt\n      }\n    }\n  }\n": types.DisposalListsDocument,
    "\n  query DisposalList($id: ID!) {\n    disposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n": types.DisposalListDocument,
    "\n  mutation CreateDisposalList($input: CreateDisposalListInput!) {\n    createDisposalList(input: $input) {\n      ...DisposalListFields\n    }\n  }\n": types.CreateDisposalListDocument,
    "\n  mutation EditDisposalList($input: EditDisposalListInput!) {\n    editDisposalList(input: $input) {\n      ...DisposalListFields\n    }\n  }\n": types.EditDisposalListDocument,
    "\n  mutation SubmitDisposalList($id: ID!) {\n    submitDisposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n": types.SubmitDisposalListDocument,
    "\n  mutation CancelDisposalList($id: ID!, $reason: String!) {\n    cancelDisposalList(id: $id, reason: $reason) {\n      ...DisposalListFields\n    }\n  }\n": types.CancelDisposalListDocument,
    "\n  mutation ExecuteDisposalList($id: ID!) {\n    executeDisposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n": types.ExecuteDisposalListDocument,
    "\n  fragment StoredFileFields on StoredFile {\n    __typename\n    id\n    sha256\n    sm3\n    size\n    mediaType\n    extension\n    durationSeconds\n    width\n    height\n    recordedAt\n    storedAt\n    fixityStatus\n    fixityCheckedAt\n  }\n": types.StoredFileFieldsFragmentDoc,
    "\n  mutation OpenRecordFile($recordId: ID!, $mode: FileAccessMode!, $version: Int) {\n    openRecordFile(recordId: $recordId, mode: $mode, version: $version) {\n      id\n      url\n      mode\n      expiresAt\n      fileName\n      mediaType\n      size\n      sha256\n      viewerName\n      openedAt\n    }\n  }\n": types.OpenRecordFileDocument,
    "\n  query FixitySummary {\n    fixitySummary {\n      files\n      mismatch\n      missing\n      overdue\n      lastCheckedAt\n      cycleDays\n    }\n  }\n": types.FixitySummaryDocument,
    "\n  fragment MediaVolumeFields on MediaVolume {\n    __typename\n    id\n    seq\n    size\n    sha256\n    label\n    location\n    registeredAt\n    registeredBy {\n      __typename\n      id\n      displayName\n    }\n    lastVerifiedAt\n    lastVerificationOk\n    recheckDue\n    downloadUrl\n    verifyUrl\n    verifications {\n      __typename\n      id\n      kind\n      ok\n      sha256\n      size\n      verifiedAt\n      note\n      verifiedBy {\n        __typename\n        id\n        displayName\n      }\n    }\n  }\n": types.MediaVolumeFieldsFragmentDoc,
    "\n  fragment MediaSetFields on MediaSet {\n    __typename\n    id\n    number\n    mediumType\n    capacity\n    status\n    error\n    volumeCount\n    bytesTotal\n    recordIds\n    startedAt\n    finishedAt\n    createdAt\n    createdBy {\n      __typename\n      id\n      displayName\n    }\n    volumes {\n      ...MediaVolumeFields\n    }\n  }\n": types.MediaSetFieldsFragmentDoc,
    "\n  query MediaSets($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    mediaSets(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        __typename\n        id\n        number\n        mediumType\n        capacity\n        status\n        volumeCount\n        bytesTotal\n        createdAt\n        createdBy {\n          __typename\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.MediaSetsDocument,
    "\n  query MediaSet($id: ID!) {\n    mediaSet(id: $id) {\n      ...MediaSetFields\n    }\n  }\n": types.MediaSetDocument,
    "\n  query MediaSetStatus($id: ID!) {\n    mediaSet(id: $id) {\n      id\n      status\n    }\n  }\n": types.MediaSetStatusDocument,
    "\n  query MediaDueForRecheck {\n    mediaDueForRecheck {\n      __typename\n      id\n      seq\n      label\n      location\n      recheckDue\n      lastVerifiedAt\n      lastVerificationOk\n      set {\n        __typename\n        id\n        number\n        mediumType\n        volumeCount\n      }\n    }\n  }\n": types.MediaDueForRecheckDocument,
    "\n  mutation CreateMediaSet($input: CreateMediaSetInput!) {\n    createMediaSet(input: $input) {\n      ...MediaSetFields\n    }\n  }\n": types.CreateMediaSetDocument,
    "\n  mutation RegisterMedium($input: RegisterMediumInput!) {\n    registerMedium(input: $input) {\n      ...MediaVolumeFields\n    }\n  }\n": types.RegisterMediumDocument,
    "\n  query MyNotifications($page: Int!, $perPage: Int!, $unreadOnly: Boolean!) {\n    myNotifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        __typename\n        id\n        kind\n        subjectType\n        subjectId\n        summary\n        decision\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment RecordHoldFields on RecordHold {\n    __typename\n    id\n    reason\n    longTermReason\n    placedAt\n    releasedAt\n    releaseReason\n  }\n": types.RecordHoldFieldsFragmentDoc,
    "\n  fragment RecordFields on Record {\n    __typename\n    id\n    kind\n    title\n    stage\n    version\n    capturedFrom\n    capturedTo\n    location\n    deviceNumber\n    documentNumber\n    issuedTo\n    confidentiality\n    secretLevel\n    secretRank\n    longTerm\n    longTermReason\n    partyNotified\n    notNotified\n    holdCount\n    fileId\n    fileName\n    captureFlags\n    file {\n      ...StoredFileFields\n    }\n    createdAt\n    updatedAt\n    officer {\n      __typename\n      id\n      username\n      displayName\n    }\n    holds {\n      ...RecordHoldFields\n    }\n    case {\n      __typename\n      id\n      number\n      cause\n      status\n      partyName\n      handlingOfficerIds\n      unit {\n        __typename\n        id\n        code\n        name\n      }\n    }\n  }\n": types.RecordFieldsFragmentDoc,
    "\n  fragment RecordVersionFields on RecordVersion {\n    __typename\n    id\n    version\n    createdAt\n    createdByName\n    reason\n    kind\n    title\n    stage\n    capturedFrom\n    capturedTo\n    location\n    deviceNumber\n    documentNumber\n    issuedTo\n    confidentiality\n    secretLevel\n    longTerm\n    longTermReason\n    partyNotified\n    fileId\n    fileName\n  }\n": types.RecordVersionFieldsFragmentDoc,
    "\n  query Records($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {\n    records(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...RecordFields\n      }\n    }\n  }\n": types.RecordsDocument,
    "\n  query Record($id: ID!) {\n    record(id: $id) {\n      ...RecordFields\n    }\n  }\n": types.RecordDocument,
    "\n  query RecordHistory($id: ID!) {\n    recordHistory(id: $id) {\n      ...RecordVersionFields\n    }\n  }\n": types.RecordHistoryDocument,
    "\n  query RecordContent($id: ID!) {\n    recordContent(id: $id) {\n      body\n      fileId\n    }\n  }\n": types.RecordContentDocument,
    "\n  mutation CreateTextRecord($input: CreateRecordInput!) {\n    createTextRecord(input: $input) {\n      ...RecordFields\n    }\n  }\n": types.CreateTextRecordDocument,
    "\n  mutation CorrectRecord($id: ID!, $input: RecordMetadataInput!, $reason: String!) {\n    correctRecord(id: $id, input: $input, reason: $reason) {\n      ...RecordFields\n    }\n  }\n": types.CorrectRecordDocument,
    "\n  mutation PlaceHold($recordId: ID!, $reason: String!, $longTermReason: LongTermReason) {\n    placeHold(recordId: $recordId, reason: $reason, longTermReason: $longTermReason) {\n      ...RecordHoldFields\n    }\n  }\n": types.PlaceHoldDocument,
    "\n  mutation ReleaseHold($holdId: ID!, $reason: String!) {\n    releaseHold(holdId: $holdId, reason: $reason) {\n      ...RecordHoldFields\n    }\n  }\n": types.ReleaseHoldDocument,
    "\n  fragment UnitFields on Unit {\n    __typename\n    id\n    code\n    name\n    kind\n    casePrefix\n    createdAt\n    updatedAt\n  }\n": types.UnitFieldsFragmentDoc,
    "\n  query Units($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UnitFilter) {\n    units(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UnitFields\n      }\n    }\n  }\n": types.UnitsDocument,
    "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n    }\n  }\n": types.UnitDocument,
    "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n": types.CreateUnitDocument,
    "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitFields\n    }\n  }\n": types.UpdateUnitDocument,
    "\n  fragment UserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    failedLoginCount\n    lockedUntil\n    lastLoginAt\n    passwordChangedAt\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UserFilter) {\n    users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.DisableUserDocument,
    "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.EnableUserDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      ...UserFields\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  fragment ViolationFields on Violation {\n    __typename\n    id\n    versionId\n    version\n    kind\n    personId\n    person {\n      id\n      username\n      displayName\n    }\n    unit {\n      id\n      name\n    }\n    occurredOn\n    finding\n    outcome\n    evidence {\n      kind\n      ref\n      readable\n      title\n    }\n    reason\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n": types.ViolationFieldsFragmentDoc,
    "\n  query Violations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: ViolationFilter) {\n    violations(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...ViolationFields\n      }\n    }\n  }\n": types.ViolationsDocument,
    "\n  query MyViolations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    myViolations(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        ...ViolationFields\n      }\n    }\n  }\n": types.MyViolationsDocument,
    "\n  query Violation($id: ID!) {\n    violation(id: $id) {\n      ...ViolationFields\n    }\n  }\n": types.ViolationDocument,
    "\n  query ViolationHistory($id: ID!) {\n    violationHistory(id: $id) {\n      ...ViolationFields\n    }\n  }\n": types.ViolationHistoryDocument,
    "\n  mutation RegisterViolation($input: ViolationInput!) {\n    registerViolation(input: $input) {\n      ...ViolationFields\n    }\n  }\n": types.RegisterViolationDocument,
    "\n  mutation CorrectViolation($id: ID!, $input: ViolationInput!, $reason: String!, $version: Int) {\n    correctViolation(id: $id, input: $input, reason: $reason, version: $version) {\n      ...ViolationFields\n    }\n  }\n": types.CorrectViolationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalStepFields on ApprovalStep {\n    __typename\n    id\n    seq\n    role\n    label\n    minClearanceRank\n    waiting\n    decision\n    comment\n    decidedAt\n    decidedByName\n  }\n"): typeof import('./graphql').ApprovalStepFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApprovalRequestFields on ApprovalRequest {\n    __typename\n    id\n    type\n    status\n    summary\n    disclosureId\n    transferId\n    disposalListId\n    purpose\n    maxConfidentiality\n    maxSecretRank\n    hasAv\n    currentStep\n    createdAt\n    dueAt\n    decidedAt\n    requester {\n      __typename\n      id\n      username\n      displayName\n    }\n  }\n"): typeof import('./graphql').ApprovalRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalQueue($page: Int!, $perPage: Int!, $filter: ApprovalQueueFilter) {\n    approvalQueue(page: $page, perPage: $perPage, filter: $filter) {\n      total\n      items {\n        ...ApprovalStepFields\n        request {\n          ...ApprovalRequestFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRequest($id: ID!) {\n    approvalRequest(id: $id) {\n      ...ApprovalRequestFields\n      steps {\n        ...ApprovalStepFields\n      }\n      viewing {\n        __typename\n        id\n        recordIds\n        actions\n        validFrom\n        validUntil\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyRequests($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: MyRequestsFilter) {\n    myRequests(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...ApprovalRequestFields\n        steps {\n          ...ApprovalStepFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApproval($stepId: ID!, $decision: Decision!, $comment: String) {\n    decideApproval(stepId: $stepId, decision: $decision, comment: $comment) {\n      ...ApprovalStepFields\n    }\n  }\n"): typeof import('./graphql').DecideApprovalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideApprovals($stepIds: [ID!]!, $decision: Decision!, $comment: String) {\n    decideApprovals(stepIds: $stepIds, decision: $decision, comment: $comment) {\n      ...ApprovalStepFields\n    }\n  }\n"): typeof import('./graphql').DecideApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitRequest($id: ID!, $purpose: String) {\n    resubmitRequest(id: $id, purpose: $purpose) {\n      ...ApprovalRequestFields\n    }\n  }\n"): typeof import('./graphql').ResubmitRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRequest($id: ID!) {\n    cancelRequest(id: $id) {\n      ...ApprovalRequestFields\n    }\n  }\n"): typeof import('./graphql').CancelRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestViewing($input: RequestViewingInput!) {\n    requestViewing(input: $input) {\n      __typename\n      id\n      recordIds\n    }\n  }\n"): typeof import('./graphql').RequestViewingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessGrantFields on AccessGrant {\n    __typename\n    id\n    recordId\n    actions\n    validFrom\n    expiresAt\n    revokedAt\n    revokeReason\n    createdAt\n  }\n"): typeof import('./graphql').AccessGrantFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGrants {\n    myGrants {\n      ...AccessGrantFields\n    }\n  }\n"): typeof import('./graphql').MyGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeGrant($id: ID!, $reason: String!) {\n    revokeGrant(id: $id, reason: $reason) {\n      ...AccessGrantFields\n    }\n  }\n"): typeof import('./graphql').RevokeGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalPolicy($type: RequestType!) {\n    approvalPolicy(type: $type) {\n      __typename\n      id\n      requestType\n      version\n      note\n      createdAt\n      rules {\n        confidentialityIn\n        av\n        steps {\n          role\n          sameUnit\n          clearanceOfRecords\n          label\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApprovalPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateApprovalPolicy($type: RequestType!, $rules: [PolicyRuleInput!]!, $note: String) {\n    updateApprovalPolicy(type: $type, rules: $rules, note: $note) {\n      __typename\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').UpdateApprovalPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Grants($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: GrantFilter) {\n    grants(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AccessGrantFields\n        userId\n        user {\n          __typename\n          id\n          username\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').GrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransferFields on Transfer {\n    __typename\n    id\n    number\n    status\n    overrideReason\n    returnReason\n    returnedAt\n    archiveNumber\n    retentionPeriod\n    approvalId\n    createdAt\n    submittedAt\n    sentAt\n    acceptedAt\n    updatedAt\n    unit {\n      __typename\n      id\n      name\n    }\n    case {\n      __typename\n      id\n      number\n      cause\n      procedure\n      status\n      partyName\n      concludedOn\n      transferDeadline\n      archiveNumber\n      archivedOn\n      retentionPeriod\n      retainUntil\n    }\n    catalogue {\n      seq\n      recordId\n      documentNumber\n      title\n      date\n      pages\n      durationSeconds\n      remarks\n      record {\n        __typename\n        id\n        kind\n        title\n        stage\n        confidentiality\n      }\n    }\n    checkRun {\n      startedAt\n      filesDone\n      filesTotal\n      bytesDone\n      bytesTotal\n    }\n    checks {\n      checkedAt\n      passed\n      results {\n        kind\n        passed\n        findings {\n          code\n          message\n          recordId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TransferFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transfers($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: TransferFilter) {\n    transfers(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        __typename\n        id\n        number\n        status\n        archiveNumber\n        submittedAt\n        sentAt\n        acceptedAt\n        createdAt\n        unit {\n          __typename\n          id\n          name\n        }\n        case {\n          __typename\n          id\n          number\n          cause\n          partyName\n          status\n          transferDeadline\n        }\n        checks {\n          passed\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Transfer($id: ID!) {\n    transfer(id: $id) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').TransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTransfer($id: ID!) {\n    case(id: $id) {\n      id\n      transfer {\n        id\n        number\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').CaseTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenTransfer($caseId: ID!) {\n    openTransfer(caseId: $caseId) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').OpenTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCatalogue($input: SaveCatalogueInput!) {\n    saveCatalogue(input: $input) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').SaveCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckTransfer($id: ID!) {\n    checkTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').CheckTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTransfer($id: ID!, $overrideReason: String) {\n    submitTransfer(id: $id, overrideReason: $overrideReason) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').SubmitTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawTransfer($id: ID!) {\n    withdrawTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').WithdrawTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptTransfer($id: ID!) {\n    acceptTransfer(id: $id) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').AcceptTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnTransfer($id: ID!, $reason: String!) {\n    returnTransfer(id: $id, reason: $reason) {\n      ...TransferFields\n    }\n  }\n"): typeof import('./graphql').ReturnTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RetentionRules {\n    retentionRules {\n      __typename\n      procedure\n      period\n      transferDays\n      evidenceAvKeepsCasePeriod\n      avStages\n      updatedAt\n      requirements {\n        label\n        kinds\n        stage\n      }\n    }\n  }\n"): typeof import('./graphql').RetentionRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRetentionRule($input: RetentionRuleInput!) {\n    setRetentionRule(input: $input) {\n      __typename\n      procedure\n      period\n      transferDays\n      evidenceAvKeepsCasePeriod\n      avStages\n      updatedAt\n      requirements {\n        label\n        kinds\n        stage\n      }\n    }\n  }\n"): typeof import('./graphql').SetRetentionRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEventFields on AuditEvent {\n    __typename\n    seq\n    at\n    actorId\n    actorName\n    action\n    subjectType\n    subjectId\n    outcome\n    clientAddress\n    details\n    hash\n    prevHash\n  }\n"): typeof import('./graphql').AuditEventFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: AuditEventFilter) {\n    auditEvents(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...AuditEventFields\n      }\n    }\n  }\n"): typeof import('./graphql').AuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvent($seq: Int!) {\n    auditEvent(seq: $seq) {\n      ...AuditEventFields\n    }\n  }\n"): typeof import('./graphql').AuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditTrail {\n    verifyAuditTrail {\n      checked\n      lastSeq\n      lastHash\n      intact\n      checkpointsChecked\n      publicKey\n      problems {\n        seq\n        problem\n      }\n      checkpointProblems {\n        day\n        problem\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyAuditTrailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditCheckpoints {\n    auditCheckpoints {\n      day\n      lastSeq\n      lastHash\n      keyFingerprint\n      signature\n      signedAt\n    }\n  }\n"): typeof import('./graphql').AuditCheckpointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    lastLoginAt\n    passwordChangedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').SessionUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      rules\n      sessionExpiresAt\n      user {\n        ...SessionUserFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFields on Case {\n    __typename\n    id\n    number\n    year\n    seq\n    cause\n    procedure\n    status\n    openedOn\n    concludedOn\n    transferDeadline\n    partyKind\n    partyName\n    partyIdNumber\n    partyPhone\n    partyAddress\n    partyLegalRepresentative\n    handlingOfficerIds\n    handlingOfficers {\n      __typename\n      id\n      username\n      displayName\n    }\n    unit {\n      __typename\n      id\n      code\n      name\n      casePrefix\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').CaseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cases($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: CaseFilter) {\n    cases(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...CaseFields\n      }\n    }\n  }\n"): typeof import('./graphql').CasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Case($id: ID!) {\n    case(id: $id) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').CaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCase($input: OpenCaseInput!) {\n    openCase(input: $input) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').OpenCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConcludeCase($id: ID!, $concludedOn: String) {\n    concludeCase(id: $id, concludedOn: $concludedOn) {\n      ...CaseFields\n    }\n  }\n"): typeof import('./graphql').ConcludeCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceSummary($filter: ComplianceFilter!) {\n    complianceSummary(filter: $filter) {\n      from\n      to\n      totals {\n        kind\n        count\n      }\n      byUnit {\n        unitId\n        unit {\n          id\n          name\n        }\n        kind\n        count\n      }\n      byOfficer {\n        officerId\n        officer {\n          id\n          displayName\n          unit {\n            id\n            name\n          }\n        }\n        kind\n        count\n      }\n      byMonth {\n        month\n        kind\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceItems(\n    $filter: ComplianceFilter!\n    $page: Int!\n    $perPage: Int!\n    $sortField: String\n    $sortOrder: SortOrder\n  ) {\n    complianceItems(filter: $filter, page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        id\n        kind\n        at\n        unitId\n        officerId\n        caseId\n        recordId\n        subjectType\n        subjectId\n        stage\n        detail\n        unit {\n          id\n          name\n        }\n        officer {\n          id\n          displayName\n        }\n        case {\n          id\n          number\n        }\n        record {\n          id\n          title\n        }\n        explanation {\n          id\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRecordingGaps($id: ID!) {\n    case(id: $id) {\n      id\n      recordingGaps {\n        stage\n        since\n        records\n        explanation {\n          id\n          text\n          createdAt\n          author {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseRecordingGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExplainRecordingGap($caseId: ID!, $stage: EnforcementStage!, $text: String!) {\n    explainRecordingGap(caseId: $caseId, stage: $stage, text: $text) {\n      id\n      stage\n      text\n      createdAt\n    }\n  }\n"): typeof import('./graphql').ExplainRecordingGapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDevice($input: RegisterDeviceInput!) {\n    registerDevice(input: $input) {\n      ...DeviceFields\n    }\n  }\n"): typeof import('./graphql').RegisterDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireDevice($id: ID!, $reason: String!) {\n    retireDevice(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RetireDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckoutDevice($id: ID!, $check: PreUseCheckInput!) {\n    checkoutDevice(id: $id, check: $check) {\n      ...DeviceCheckoutFields\n    }\n  }\n"): typeof import('./graphql').CheckoutDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnDevice($checkoutId: ID!) {\n    returnDevice(checkoutId: $checkoutId) {\n      id\n      returnedAt\n    }\n  }\n"): typeof import('./graphql').ReturnDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportDeviceFault($id: ID!, $description: String!) {\n    reportDeviceFault(id: $id, description: $description) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportDeviceFaultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendDeviceForRepair($id: ID!, $repairService: String!) {\n    sendDeviceForRepair(id: $id, repairService: $repairService) {\n      id\n    }\n  }\n"): typeof import('./graphql').SendDeviceForRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDeviceRepair($id: ID!, $result: String!) {\n    recordDeviceRepair(id: $id, result: $result) {\n      id\n    }\n  }\n"): typeof import('./graphql').RecordDeviceRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckDeviceAfterRepair($id: ID!, $passed: Boolean!, $note: String!) {\n    checkDeviceAfterRepair(id: $id, passed: $passed, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CheckDeviceAfterRepairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogDeviceMaintenance($id: ID!, $input: MaintenanceInput!) {\n    logDeviceMaintenance(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').LogDeviceMaintenanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDevice($id: ID!, $input: UpdateDeviceInput!) {\n    updateDevice(id: $id, input: $input) {\n      ...DeviceFields\n    }\n  }\n"): typeof import('./graphql').UpdateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeviceCheckoutFields on DeviceCheckout {\n    __typename\n    id\n    day\n    checkedOutAt\n    batteryPercent\n    freeStorageGb\n    clockCorrect\n    checkPassed\n    overrideReason\n    returnedAt\n    officer {\n      __typename\n      id\n      username\n      displayName\n    }\n  }\n"): typeof import('./graphql').DeviceCheckoutFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeviceFields on Device {\n    __typename\n    id\n    number\n    kind\n    model\n    serial\n    status\n    purchasedOn\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n    }\n    custodian {\n      __typename\n      id\n      username\n      displayName\n    }\n    currentCheckout {\n      ...DeviceCheckoutFields\n    }\n  }\n"): typeof import('./graphql').DeviceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeviceDetailFields on Device {\n    ...DeviceFields\n    checkouts {\n      ...DeviceCheckoutFields\n    }\n    faults {\n      __typename\n      id\n      description\n      reportedAt\n      repairService\n      sentAt\n      repairedAt\n      repairResult\n      closedAt\n    }\n    maintenanceLog {\n      __typename\n      id\n      kind\n      performedAt\n      note\n    }\n    maintenanceDue {\n      kind\n      everyDays\n      lastAt\n      dueAt\n      overdue\n    }\n  }\n"): typeof import('./graphql').DeviceDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Devices($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DeviceFilter) {\n    devices(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...DeviceFields\n      }\n    }\n  }\n"): typeof import('./graphql').DevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Device($id: ID!) {\n    device(id: $id) {\n      ...DeviceDetailFields\n    }\n  }\n"): typeof import('./graphql').DeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Offloads($from: String!, $to: String!, $unitId: ID) {\n    offloads(from: $from, to: $to, unitId: $unitId) {\n      day\n      state\n      uploads\n      totalSeconds\n      dueAt\n      device {\n        __typename\n        id\n        number\n        kind\n        unit {\n          __typename\n          id\n          code\n          name\n        }\n      }\n      checkout {\n        ...DeviceCheckoutFields\n      }\n    }\n  }\n"): typeof import('./graphql').OffloadsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviceRecords($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {\n    records(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        __typename\n        id\n        title\n        kind\n        capturedFrom\n        captureFlags\n        case {\n          __typename\n          id\n          number\n        }\n        officer {\n          __typename\n          id\n          displayName\n        }\n        deviceCheckout {\n          __typename\n          id\n          day\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DeviceRecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeldDevices($officerId: ID!, $at: DateTimeISO!) {\n    heldDevices(officerId: $officerId, at: $at) {\n      __typename\n      id\n      day\n      returnedAt\n      device {\n        __typename\n        id\n        number\n        kind\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').HeldDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    __typename\n    id\n    fileName\n    purpose\n    url\n    createdAt\n    file {\n      __typename\n      id\n      sha256\n      size\n      mediaType\n    }\n  }\n"): typeof import('./graphql').AttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportPackageFields on ExportPackage {\n    __typename\n    id\n    status\n    progress\n    bytesDone\n    bytesTotal\n    fileCount\n    fileName\n    downloadUrl\n    sha256\n    sm3\n    size\n    payloadOxum\n    fixityStatus\n    contents {\n      recordId\n      path\n      watermarked\n      redacted\n      generated\n    }\n    error\n    createdAt\n    startedAt\n    finishedAt\n  }\n"): typeof import('./graphql').ExportPackageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisclosureSummaryFields on Disclosure {\n    __typename\n    id\n    number\n    type\n    status\n    overdue\n    dueAt\n    purpose\n    bodyKind\n    bodyName\n    letterNumber\n    applicantName\n    relation\n    includedCount\n    registeredAt\n    updatedAt\n    partyCase {\n      __typename\n      id\n      number\n      cause\n    }\n  }\n"): typeof import('./graphql').DisclosureSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisclosureFields on Disclosure {\n    ...DisclosureSummaryFields\n    letterDate\n    concerning\n    applicantIdType\n    applicantIdNumber\n    approvalId\n    closeNote\n    closedAt\n    deliveredAt\n    deliveredTo\n    deliveryMethod\n    deliveryNote\n    registeredBy {\n      __typename\n      id\n      displayName\n    }\n    deliveredBy {\n      __typename\n      id\n      displayName\n    }\n    letter {\n      ...AttachmentFields\n    }\n    applicationForm {\n      ...AttachmentFields\n    }\n    identityDocument {\n      ...AttachmentFields\n    }\n    authorisation {\n      ...AttachmentFields\n    }\n    receipt {\n      ...AttachmentFields\n    }\n    items {\n      __typename\n      id\n      seq\n      recordId\n      decision\n      reason\n      note\n      decidedAt\n      redacted {\n        ...AttachmentFields\n      }\n      record {\n        __typename\n        id\n        title\n        kind\n        confidentiality\n        secretLevel\n        fileName\n        file {\n          __typename\n          id\n          mediaType\n        }\n        case {\n          __typename\n          id\n          number\n        }\n      }\n    }\n    packages {\n      ...ExportPackageFields\n    }\n  }\n"): typeof import('./graphql').DisclosureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Disclosures($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: DisclosureFilter) {\n    disclosures(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...DisclosureSummaryFields\n      }\n    }\n  }\n"): typeof import('./graphql').DisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Disclosure($id: ID!) {\n    disclosure(id: $id) {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').DisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPackage($id: ID!) {\n    exportPackage(id: $id) {\n      ...ExportPackageFields\n    }\n  }\n"): typeof import('./graphql').ExportPackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterExternalRequest($input: RegisterExternalRequestInput!) {\n    registerExternalRequest(input: $input) {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').RegisterExternalRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterCopyApplication($input: RegisterCopyApplicationInput!) {\n    registerCopyApplication(input: $input) {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').RegisterCopyApplicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideDisclosureItems($input: DecideItemsInput!) {\n    decideDisclosureItems(input: $input) {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').DecideDisclosureItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDisclosure($id: ID!) {\n    submitDisclosure(id: $id) {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').SubmitDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelDisclosure($id: ID!, $reason: String!) {\n    cancelDisclosure(id: $id, reason: $reason) {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').CancelDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BuildExportPackage($disclosureId: ID!) {\n    buildExportPackage(disclosureId: $disclosureId) {\n      ...ExportPackageFields\n    }\n  }\n"): typeof import('./graphql').BuildExportPackageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordDelivery($input: RecordDeliveryInput!) {\n    recordDelivery(input: $input) {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').RecordDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseDisclosure($id: ID!, $note: String) {\n    closeDisclosure(id: $id, note: $note) {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').CloseDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseHoldFields on CaseHold {\n    __typename\n    id\n    reason\n    longTermReason\n    placedAt\n    placedByName\n    releasedAt\n    releasedByName\n    releaseReason\n  }\n"): typeof import('./graphql').CaseHoldFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseHolds($id: ID!) {\n    case(id: $id) {\n      id\n      holds {\n        ...CaseHoldFields\n      }\n    }\n  }\n"): typeof import('./graphql').CaseHoldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceCaseHold($caseId: ID!, $reason: String!, $longTermReason: LongTermReason) {\n    placeCaseHold(caseId: $caseId, reason: $reason, longTermReason: $longTermReason) {\n      ...CaseHoldFields\n    }\n  }\n"): typeof import('./graphql').PlaceCaseHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseCaseHold($holdId: ID!, $reason: String!) {\n    releaseCaseHold(holdId: $holdId, reason: $reason) {\n      ...CaseHoldFields\n    }\n  }\n"): typeof import('./graphql').ReleaseCaseHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisposalCandidates($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    disposalCandidates(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        __typename\n        id\n        kind\n        title\n        retention\n        retainUntil\n        fileName\n        case {\n          __typename\n          id\n          number\n          cause\n          archiveNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DisposalCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisposalListFields on DisposalList {\n    __typename\n    id\n    number\n    status\n    note\n    itemCount\n    approvalId\n    createdAt\n    createdByName\n    updatedAt\n    executedAt\n    executedByName\n    cancelledAt\n    cancelReason\n    certificateUrl\n    certificate {\n      __typename\n      id\n      sha256\n      sm3\n      size\n    }\n    items {\n      __typename\n      id\n      recordId\n      caseNumber\n      archiveNumber\n      title\n      retention\n      retainUntil\n      sha256\n      sm3\n      size\n      disposedAt\n      bytesRemoved\n    }\n  }\n"): typeof import('./graphql').DisposalListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisposalLists(\n    $page: Int!\n    $perPage: Int!\n    $sortField: String\n    $sortOrder: SortOrder\n    $statuses: [DisposalStatus!]\n  ) {\n    disposalLists(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, statuses: $statuses) {\n      total\n      items {\n        __typename\n        id\n        number\n        status\n        note\n        itemCount\n        createdAt\n        createdByName\n        executedAt\n      }\n    }\n  }\n"): typeof import('./graphql').DisposalListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DisposalList($id: ID!) {\n    disposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n"): typeof import('./graphql').DisposalListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDisposalList($input: CreateDisposalListInput!) {\n    createDisposalList(input: $input) {\n      ...DisposalListFields\n    }\n  }\n"): typeof import('./graphql').CreateDisposalListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditDisposalList($input: EditDisposalListInput!) {\n    editDisposalList(input: $input) {\n      ...DisposalListFields\n    }\n  }\n"): typeof import('./graphql').EditDisposalListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitDisposalList($id: ID!) {\n    submitDisposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n"): typeof import('./graphql').SubmitDisposalListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelDisposalList($id: ID!, $reason: String!) {\n    cancelDisposalList(id: $id, reason: $reason) {\n      ...DisposalListFields\n    }\n  }\n"): typeof import('./graphql').CancelDisposalListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExecuteDisposalList($id: ID!) {\n    executeDisposalList(id: $id) {\n      ...DisposalListFields\n    }\n  }\n"): typeof import('./graphql').ExecuteDisposalListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoredFileFields on StoredFile {\n    __typename\n    id\n    sha256\n    sm3\n    size\n    mediaType\n    extension\n    durationSeconds\n    width\n    height\n    recordedAt\n    storedAt\n    fixityStatus\n    fixityCheckedAt\n  }\n"): typeof import('./graphql').StoredFileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenRecordFile($recordId: ID!, $mode: FileAccessMode!, $version: Int) {\n    openRecordFile(recordId: $recordId, mode: $mode, version: $version) {\n      id\n      url\n      mode\n      expiresAt\n      fileName\n      mediaType\n      size\n      sha256\n      viewerName\n      openedAt\n    }\n  }\n"): typeof import('./graphql').OpenRecordFileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FixitySummary {\n    fixitySummary {\n      files\n      mismatch\n      missing\n      overdue\n      lastCheckedAt\n      cycleDays\n    }\n  }\n"): typeof import('./graphql').FixitySummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MediaVolumeFields on MediaVolume {\n    __typename\n    id\n    seq\n    size\n    sha256\n    label\n    location\n    registeredAt\n    registeredBy {\n      __typename\n      id\n      displayName\n    }\n    lastVerifiedAt\n    lastVerificationOk\n    recheckDue\n    downloadUrl\n    verifyUrl\n    verifications {\n      __typename\n      id\n      kind\n      ok\n      sha256\n      size\n      verifiedAt\n      note\n      verifiedBy {\n        __typename\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').MediaVolumeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MediaSetFields on MediaSet {\n    __typename\n    id\n    number\n    mediumType\n    capacity\n    status\n    error\n    volumeCount\n    bytesTotal\n    recordIds\n    startedAt\n    finishedAt\n    createdAt\n    createdBy {\n      __typename\n      id\n      displayName\n    }\n    volumes {\n      ...MediaVolumeFields\n    }\n  }\n"): typeof import('./graphql').MediaSetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaSets($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    mediaSets(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        __typename\n        id\n        number\n        mediumType\n        capacity\n        status\n        volumeCount\n        bytesTotal\n        createdAt\n        createdBy {\n          __typename\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MediaSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaSet($id: ID!) {\n    mediaSet(id: $id) {\n      ...MediaSetFields\n    }\n  }\n"): typeof import('./graphql').MediaSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaSetStatus($id: ID!) {\n    mediaSet(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').MediaSetStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MediaDueForRecheck {\n    mediaDueForRecheck {\n      __typename\n      id\n      seq\n      label\n      location\n      recheckDue\n      lastVerifiedAt\n      lastVerificationOk\n      set {\n        __typename\n        id\n        number\n        mediumType\n        volumeCount\n      }\n    }\n  }\n"): typeof import('./graphql').MediaDueForRecheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMediaSet($input: CreateMediaSetInput!) {\n    createMediaSet(input: $input) {\n      ...MediaSetFields\n    }\n  }\n"): typeof import('./graphql').CreateMediaSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterMedium($input: RegisterMediumInput!) {\n    registerMedium(input: $input) {\n      ...MediaVolumeFields\n    }\n  }\n"): typeof import('./graphql').RegisterMediumDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($page: Int!, $perPage: Int!, $unreadOnly: Boolean!) {\n    myNotifications(page: $page, perPage: $perPage, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        __typename\n        id\n        kind\n        subjectType\n        subjectId\n        summary\n        decision\n        createdAt\n        readAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): typeof import('./graphql').MarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordHoldFields on RecordHold {\n    __typename\n    id\n    reason\n    longTermReason\n    placedAt\n    releasedAt\n    releaseReason\n  }\n"): typeof import('./graphql').RecordHoldFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordFields on Record {\n    __typename\n    id\n    kind\n    title\n    stage\n    version\n    capturedFrom\n    capturedTo\n    location\n    deviceNumber\n    documentNumber\n    issuedTo\n    confidentiality\n    secretLevel\n    secretRank\n    longTerm\n    longTermReason\n    partyNotified\n    notNotified\n    holdCount\n    fileId\n    fileName\n    captureFlags\n    file {\n      ...StoredFileFields\n    }\n    createdAt\n    updatedAt\n    officer {\n      __typename\n      id\n      username\n      displayName\n    }\n    holds {\n      ...RecordHoldFields\n    }\n    case {\n      __typename\n      id\n      number\n      cause\n      status\n      partyName\n      handlingOfficerIds\n      unit {\n        __typename\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').RecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecordVersionFields on RecordVersion {\n    __typename\n    id\n    version\n    createdAt\n    createdByName\n    reason\n    kind\n    title\n    stage\n    capturedFrom\n    capturedTo\n    location\n    deviceNumber\n    documentNumber\n    issuedTo\n    confidentiality\n    secretLevel\n    longTerm\n    longTermReason\n    partyNotified\n    fileId\n    fileName\n  }\n"): typeof import('./graphql').RecordVersionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Records($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: RecordFilter) {\n    records(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...RecordFields\n      }\n    }\n  }\n"): typeof import('./graphql').RecordsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Record($id: ID!) {\n    record(id: $id) {\n      ...RecordFields\n    }\n  }\n"): typeof import('./graphql').RecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordHistory($id: ID!) {\n    recordHistory(id: $id) {\n      ...RecordVersionFields\n    }\n  }\n"): typeof import('./graphql').RecordHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordContent($id: ID!) {\n    recordContent(id: $id) {\n      body\n      fileId\n    }\n  }\n"): typeof import('./graphql').RecordContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTextRecord($input: CreateRecordInput!) {\n    createTextRecord(input: $input) {\n      ...RecordFields\n    }\n  }\n"): typeof import('./graphql').CreateTextRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectRecord($id: ID!, $input: RecordMetadataInput!, $reason: String!) {\n    correctRecord(id: $id, input: $input, reason: $reason) {\n      ...RecordFields\n    }\n  }\n"): typeof import('./graphql').CorrectRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceHold($recordId: ID!, $reason: String!, $longTermReason: LongTermReason) {\n    placeHold(recordId: $recordId, reason: $reason, longTermReason: $longTermReason) {\n      ...RecordHoldFields\n    }\n  }\n"): typeof import('./graphql').PlaceHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseHold($holdId: ID!, $reason: String!) {\n    releaseHold(holdId: $holdId, reason: $reason) {\n      ...RecordHoldFields\n    }\n  }\n"): typeof import('./graphql').ReleaseHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitFields on Unit {\n    __typename\n    id\n    code\n    name\n    kind\n    casePrefix\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').UnitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UnitFilter) {\n    units(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UnitFields\n      }\n    }\n  }\n"): typeof import('./graphql').UnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Unit($id: ID!) {\n    unit(id: $id) {\n      ...UnitFields\n    }\n  }\n"): typeof import('./graphql').UnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUnit($input: CreateUnitInput!) {\n    createUnit(input: $input) {\n      ...UnitFields\n    }\n  }\n"): typeof import('./graphql').CreateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUnit($id: ID!, $input: UpdateUnitInput!) {\n    updateUnit(id: $id, input: $input) {\n      ...UnitFields\n    }\n  }\n"): typeof import('./graphql').UpdateUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    __typename\n    id\n    username\n    displayName\n    roles\n    clearance\n    active\n    failedLoginCount\n    lockedUntil\n    lastLoginAt\n    passwordChangedAt\n    createdAt\n    updatedAt\n    unit {\n      __typename\n      id\n      code\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: UserFilter) {\n    users(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...UserFields\n      }\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableUser($id: ID!) {\n    disableUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').DisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableUser($id: ID!) {\n    enableUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').EnableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').UnlockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: ID!, $password: String!) {\n    resetUserPassword(id: $id, password: $password) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql').ResetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViolationFields on Violation {\n    __typename\n    id\n    versionId\n    version\n    kind\n    personId\n    person {\n      id\n      username\n      displayName\n    }\n    unit {\n      id\n      name\n    }\n    occurredOn\n    finding\n    outcome\n    evidence {\n      kind\n      ref\n      readable\n      title\n    }\n    reason\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ViolationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Violations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder, $filter: ViolationFilter) {\n    violations(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder, filter: $filter) {\n      total\n      items {\n        ...ViolationFields\n      }\n    }\n  }\n"): typeof import('./graphql').ViolationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyViolations($page: Int!, $perPage: Int!, $sortField: String, $sortOrder: SortOrder) {\n    myViolations(page: $page, perPage: $perPage, sortField: $sortField, sortOrder: $sortOrder) {\n      total\n      items {\n        ...ViolationFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyViolationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Violation($id: ID!) {\n    violation(id: $id) {\n      ...ViolationFields\n    }\n  }\n"): typeof import('./graphql').ViolationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViolationHistory($id: ID!) {\n    violationHistory(id: $id) {\n      ...ViolationFields\n    }\n  }\n"): typeof import('./graphql').ViolationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterViolation($input: ViolationInput!) {\n    registerViolation(input: $input) {\n      ...ViolationFields\n    }\n  }\n"): typeof import('./graphql').RegisterViolationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectViolation($id: ID!, $input: ViolationInput!, $reason: String!, $version: Int) {\n    correctViolation(id: $id, input: $input, reason: $reason, version: $version) {\n      ...ViolationFields\n    }\n  }\n"): typeof import('./graphql').CorrectViolationDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
