/** Approval vocabulary under `er` (Chinese). */
export const zhApprovalTerms = {
  requestType: { VIEWING: '查阅申请', PARTY_COPY: '当事人复制申请', EXTERNAL: '调取', DISPOSAL: '销毁审批' },
  requestStatus: { PENDING: '审批中', RETURNED: '已退回', APPROVED: '已批准', REJECTED: '已驳回', CANCELLED: '已撤回' },
  decision: { APPROVE: '同意', RETURN: '退回修改', REJECT: '驳回' },
  grantAction: { VIEW: '查阅', DOWNLOAD: '下载' },
};

/** The dashboard card of the approval queue, under er.dashboard (Chinese). */
export const zhApprovalDashboard = {
  approvals: {
    title: '待您审批',
    waiting: '等待您审批的申请',
    oldest: '最早的一件：%{summary}（%{requester}，%{time} 提交）',
    none: '目前没有等待您审批的申请',
    open_queue: '打开待审批',
  },
};

const approvalFields = {
  dueAt: '期限',
  createdAt: '提交时间',
  requester: '申请人',
  type: '申请类型',
  types: '申请类型',
  summary: '申请内容',
  purpose: '用途',
  sensitivity: '保密属性 / 音视频',
  hasAv: '含音视频',
  confidentialities: '最高保密属性',
  overdue: '仅看已超期',
  step: '审批环节',
  actions: '操作',
  decision: '审批意见',
  comment: '意见说明',
  decidedBy: '签批人',
  decidedAt: '签批时间',
};

/** resources.approvals, approvalRequests, grants and viewingRequests (Chinese). */
export const zhApprovals = {
  approvals: {
    name: '待审批 |||| 待审批',
    fields: approvalFields,
    overdue: '已超期',
    av: '含音视频',
    waiting: '办理中',
    step_n: '第 %{n} 步',
    actions: {
      approve: '同意',
      opinion: '签署意见',
      submit: '提交意见',
      batch_approve: '批量同意',
    },
    decide: {
      title: '签署审批意见',
      comment_help: '驳回或退回修改时须写明理由；同意时可留空',
    },
    batch: {
      title: '批量同意',
      help: '同意所选的 %{smart_count} 件申请，意见将记入每一件。 |||| 同意所选的 %{smart_count} 件申请，意见将记入每一件。',
    },
    notifications: {
      approved: '已同意',
      decided: '审批意见已提交',
      batch_approved: '已批量同意',
    },
    errors: {
      comment: '驳回或退回修改时请写明理由',
      already_decided: '该环节已由他人办理，请刷新后查看',
      forbidden: '您不能办理此环节（可能是本人的申请，或不属于您的审批范围）',
    },
  },
  approvalRequests: {
    name: '我的申请 |||| 我的申请',
    mine: '我的申请',
    fields: {
      status: '状态',
      statuses: '状态',
      current: '当前办理',
      decidedAt: '办结时间',
    },
    sections: { request: '申请信息', records: '申请查阅的记录', chain: '审批流程' },
    scope:
      '共 %{smart_count} 件记录 · %{actions} · %{from} 至 %{until} |||| 共 %{smart_count} 件记录 · %{actions} · %{from} 至 %{until}',
    unreadable: '记录 %{id}（您无权查看其信息）',
    more: '另有 %{smart_count} 件未列出 |||| 另有 %{smart_count} 件未列出',
    actions: { cancel: '撤回', resubmit: '修改后重新提交' },
    cancel: { title: '撤回申请？', content: '撤回“%{summary}”后审批即终止，不能恢复。' },
    resubmit: {
      title: '修改后重新提交',
      help: '退回理由：%{reason}。修改用途后，申请将按原审批规则重新开始审批。',
    },
    notifications: { cancelled: '申请已撤回', resubmitted: '申请已重新提交' },
    errors: {
      purpose: '请写明用途（至少 4 个字）',
      state: '申请的状态已变化，不能执行此操作，请刷新后查看',
      input: '输入有误，请检查后重试',
      no_decider: '目前没有可以审批此申请的人员，请联系信息中心',
    },
  },
  grants: {
    name: '我的授权 |||| 我的授权',
    fields: {
      record: '记录',
      case: '案件编号',
      actions: '授权内容',
      validFrom: '生效时间',
      expiresAt: '到期时间',
      timeLeft: '剩余时间',
    },
    days_left: '剩余 %{smart_count} 天 |||| 剩余 %{smart_count} 天',
    hours_left: '剩余 %{smart_count} 小时 |||| 剩余 %{smart_count} 小时',
    actions: { revoke: '撤销授权' },
    revoke: { title: '撤销授权', help: '撤销后立即失效，不能恢复。请写明撤销理由。' },
    notifications: { revoked: '授权已撤销' },
    errors: {
      reason: '请写明撤销理由',
      state: '该授权已被撤销',
      input: '输入有误，请检查后重试',
      no_decider: '目前没有可以审批此申请的人员，请联系信息中心',
    },
  },
  viewingRequests: {
    name: '查阅申请 |||| 查阅申请',
    title: '申请查阅',
    case: '案件 %{number}：%{cause}',
    no_case: '请从案件或执法记录页面发起查阅申请',
    help: '查阅、下载执法记录须经批准（《办法》第十八条）；批准后仅在所申请的期限内对所申请的记录有效。',
    purpose_help: '写明查阅的事由，如行政复议答复、案件审核等',
    until_help: '授权期限最长 90 天',
    fields: {
      scope: '申请范围',
      recordIds: '选择记录',
      actions: '申请事项',
      purpose: '用途',
      validFrom: '授权开始时间（不填则自批准时起）',
      validUntil: '授权截止时间',
      dueAt: '希望审批完成时间',
    },
    scope: { case: '整个案件（您可查看的全部记录）', records: '选定的记录' },
    actions: { request: '申请查阅' },
    errors: {
      purpose: '请写明用途（至少 4 个字）',
      validUntil: '截止时间须晚于现在和开始时间',
      validFrom: '开始时间无效',
      too_long: '授权期限最长 90 天',
      dueAt: '希望审批完成时间无效',
      actions: '请至少选择查阅或下载',
      recordIds: '请至少选择一件记录，且所选记录须属于同一案件',
      caseId: '该案件没有您可以申请的记录',
      state: '审批规则未覆盖此申请，请联系信息中心',
      input: '输入有误，请检查后重试',
      no_decider: '目前没有可以审批此申请的人员（如本单位无负责人），请联系信息中心',
    },
  },
};
