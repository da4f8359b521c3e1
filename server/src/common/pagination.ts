import { Max, Min } from 'class-validator';
import { type ClassType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArgsType } from 'type-graphql';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

/** Page arguments shared by every list query. Sort fields are checked per list against a whitelist. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  page: number = 1;

  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(200)
  perPage: number = 25;

  @Field(() => String, { nullable: true })
  sortField?: string | null;

  @Field(() => SortOrder, { nullable: true })
  sortOrder?: SortOrder | null;
}

/** `{ items, total }` for a list: both computed under the same permission filter. */
export function Paginated<T extends object>(item: ClassType<T>) {
  @ObjectType()
  abstract class Page {
    @Field(() => [item])
    items!: T[];

    @Field(() => Int)
    total!: number;
  }
  return Page;
}
