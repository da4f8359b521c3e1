import type { AuditService } from '../audit/audit.service.js';
import { badInput } from '../common/errors.js';
import type { Context } from '../context.js';
import { ApprovalPolicy } from './approval-policy.entity.js';
import type { RequestType } from './approval.enums.js';
import type { PolicyRule } from './policy-rules.js';

/** A policy must decide every request: each rule has 1–5 steps, and the last rule matches everything. */
export function validatePolicyRules(rules: PolicyRule[]): void {
  if (rules.length === 0 || rules.length > 20) throw badInput('A policy has 1 to 20 rules', { field: 'rules' });
  rules.forEach((r, i) => {
    if (r.steps.length === 0 || r.steps.length > 5)
      throw badInput(`Rule ${i + 1} needs 1 to 5 steps`, { field: `rules.${i}.steps` });
  });
  const last = rules[rules.length - 1]!;
  if (last.confidentialityIn?.length || (last.av !== null && last.av !== undefined))
    throw badInput('The last rule must have no conditions, so that every request has a chain', { field: 'rules' });
}

/** Approval policies: versions only ever added, by infoCenter, each audited. */
export class PolicyService {
  constructor(private readonly audit: AuditService) {}

  async update(ctx: Context, type: RequestType, rules: PolicyRule[], note?: string | null): Promise<ApprovalPolicy> {
    await ctx.authz.ensureType('update', 'ApprovalPolicy', 'policy.update');
    return ctx.em.transactional(async (em) => {
      // Serialised per type, so two editors cannot both write the same next version.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`approval_policy:${type}`]);
      const current = await em.findOne(ApprovalPolicy, { requestType: type }, { orderBy: { version: 'desc' } });
      const plain = JSON.parse(JSON.stringify(rules)) as PolicyRule[];
      const policy = em.create(ApprovalPolicy, {
        requestType: type,
        version: (current?.version ?? 0) + 1,
        rules: plain,
        createdBy: ctx.user!,
        note: note?.trim() || null,
      });
      await em.flush();
      await this.audit.append(em, ctx.actor, {
        action: 'policy.update',
        subjectType: 'ApprovalPolicy',
        subjectId: policy.id,
        details: { type, version: policy.version, rules: plain },
      });
      return policy;
    });
  }
}
