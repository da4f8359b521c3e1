import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { Clearance, Role } from './roles.js';

const USERNAME = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const USERNAME_MESSAGE =
  'username: 3–64 lower-case letters, digits, dot, dash or underscore, starting with a letter or digit';

@InputType()
export class CreateUserInput {
  @Field()
  @Matches(USERNAME, { message: USERNAME_MESSAGE })
  username!: string;

  @Field()
  @Length(1, 100)
  displayName!: string;

  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ArrayUnique()
  roles!: Role[];

  @Field(() => Clearance, { defaultValue: Clearance.NONE })
  clearance: Clearance = Clearance.NONE;

  @Field({ description: 'Initial password: 8–128 characters with letters and digits' })
  @MaxLength(128)
  password!: string;
}

/** Fields left out are unchanged. */
@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true })
  @Length(1, 100)
  displayName?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  unitId?: string;

  @Field(() => [Role], { nullable: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(8)
  @ArrayUnique()
  roles?: Role[];

  @Field(() => Clearance, { nullable: true })
  clearance?: Clearance;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Matches username or display name' })
  @MaxLength(100)
  q?: string;

  @Field(() => ID, { nullable: true })
  @IsUUID()
  unitId?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@InputType()
export class LoginInput {
  @Field()
  @Length(1, 64)
  @Matches(/^[^\p{Cc}\p{Cs}]*$/u, { message: 'username: no control characters' })
  username!: string;

  @Field()
  @Length(1, 128)
  password!: string;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Console sign-in: the token goes into an httpOnly cookie and is not returned',
  })
  cookie: boolean = false;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, 128)
  currentPassword!: string;

  @Field()
  @MaxLength(128)
  newPassword!: string;
}
