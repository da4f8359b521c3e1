import { registerEnumType } from 'type-graphql';

/** What a grant allows on its records. */
export enum GrantAction {
  VIEW = 'VIEW',
  DOWNLOAD = 'DOWNLOAD',
}
registerEnumType(GrantAction, { name: 'GrantAction', description: 'VIEW (see/play content), DOWNLOAD (save a copy)' });

export const caslActionOf = (a: GrantAction) => (a === GrantAction.VIEW ? 'view' : 'download') as 'view' | 'download';
