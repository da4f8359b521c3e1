import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Expensive } from '../common/expensive.js';
import { Can } from '../authz/guard.js';
import type { Context } from '../context.js';
import { verifyAuditChain } from './audit.verify.js';
import { AuditCheckpoint, checkpointMessage } from './checkpoint.entity.js';

@ObjectType()
class ChainProblemItem {
  @Field(() => Float)
  seq!: number;

  @Field({ description: 'HASH_MISMATCH (row changed), BROKEN_LINK (row removed or moved), MISSING_SEQUENCE' })
  problem!: string;
}

@ObjectType()
class CheckpointProblemItem {
  @Field()
  day!: string;

  @Field({
    description: 'BAD_SIGNATURE, OTHER_KEY, HISTORY_CHANGED (the signed hash is no longer there), EVENT_MISSING',
  })
  problem!: string;
}

@ObjectType({ description: 'The audit trail checked end to end: the hash chain and the signed daily checkpoints' })
class AuditVerification {
  @Field(() => Int)
  checked!: number;

  @Field(() => Float)
  lastSeq!: number;

  @Field()
  lastHash!: string;

  @Field(() => [ChainProblemItem])
  problems!: ChainProblemItem[];

  @Field(() => Int)
  checkpointsChecked!: number;

  @Field(() => [CheckpointProblemItem])
  checkpointProblems!: CheckpointProblemItem[];

  @Field({ description: 'The public key (PEM) that verifies the checkpoints, for outside parties' })
  publicKey!: string;

  @Field()
  intact!: boolean;
}

@Resolver(() => AuditCheckpoint)
export class AuditVerifyResolver {
  @Can('read', 'AuditEvent')
  @Expensive()
  @Query(() => AuditVerification, { description: 'Walks the whole audit chain and the checkpoints now (supervisors)' })
  async verifyAuditTrail(@Ctx() ctx: Context): Promise<AuditVerification> {
    const chain = await verifyAuditChain(ctx.em);
    const checkpoints = await ctx.services.checkpoints.verify(ctx.em);
    return {
      ...chain,
      checkpointsChecked: checkpoints.checked,
      checkpointProblems: checkpoints.problems,
      publicKey: ctx.services.checkpoints.key.publicPem,
      intact: chain.problems.length === 0 && checkpoints.problems.length === 0,
    };
  }

  @Can('read', 'AuditEvent')
  @Query(() => [AuditCheckpoint], { description: 'The signed daily checkpoints, newest first (printable)' })
  auditCheckpoints(@Ctx() ctx: Context) {
    return ctx.em.find(AuditCheckpoint, {}, { orderBy: { day: 'desc' }, limit: 400 });
  }

  @FieldResolver(() => String, { description: 'The exact text signed' })
  message(@Root() c: AuditCheckpoint): string {
    return checkpointMessage(c.day, c.lastSeq, c.lastHash);
  }
}
