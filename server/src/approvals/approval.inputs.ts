import { ArrayMaxSize } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { Confidentiality } from '../records/record.enums.js';
import { RequestStatus, RequestType } from './approval.enums.js';

/** Narrows the 待审批 queue; every condition given must hold. Applied in SQL beside the CASL filter. */
@InputType()
export class ApprovalQueueFilter {
  @Field(() => [RequestType], { nullable: true, description: 'Requests of these types' })
  @ArrayMaxSize(10)
  types?: RequestType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: audio/video included; false: text only' })
  hasAv?: boolean | null;

  @Field(() => [Confidentiality], {
    nullable: true,
    description: 'The highest confidentiality among the requested records is one of these',
  })
  @ArrayMaxSize(10)
  confidentialities?: Confidentiality[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: the wanted decision date has passed; false: not yet passed or none given',
  })
  overdue?: boolean | null;
}

/** Narrows 我的申请 (the caller's own requests). Applied in SQL beside the CASL filter. */
@InputType()
export class MyRequestsFilter {
  @Field(() => [RequestStatus], { nullable: true, description: 'Requests in one of these states' })
  @ArrayMaxSize(10)
  statuses?: RequestStatus[] | null;

  @Field(() => [RequestType], { nullable: true, description: 'Requests of these types' })
  @ArrayMaxSize(10)
  types?: RequestType[] | null;
}
