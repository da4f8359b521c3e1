import type { GetListParams } from 'react-admin';
import type { SortOrder } from '../gql/graphql';
import { ApiError } from './client';

/** Filter and form values as react-admin hands them over. */
export type Values = Record<string, unknown>;

export const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
export const bool = (v: unknown) =>
  typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined;
export const iso = (v: unknown) => {
  if (!(typeof v === 'string' || v instanceof Date) || v === '') return undefined;
  const date = new Date(v);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};
/** A calendar date (YYYY-MM-DD), as DateInput gives it. */
export const day = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
/** A list filter: left out when empty. */
export const nonEmpty = <T>(values: T[]) => (values.length ? values : undefined);

/** A value the form requires; a form that let it through gets the error on that field. */
export function required<T>(value: T | undefined, field: string): T {
  if (value !== undefined) return value;
  throw new ApiError('BAD_USER_INPUT', `${field} is required`, undefined, { [field]: 'ra.validation.required' });
}

/** Page and sort arguments; a sort equal to the list's server-side default is left to the server. */
export function pageArgs(
  params: GetListParams,
  idField: string | null,
  serverDefault?: { field: string; order: SortOrder },
) {
  const field = params.sort?.field === 'id' ? idField : (params.sort?.field ?? null);
  const order: SortOrder = params.sort?.order === 'DESC' ? 'DESC' : 'ASC';
  const isDefault = serverDefault?.field === field && serverDefault.order === order;
  return {
    page: params.pagination?.page ?? 1,
    perPage: params.pagination?.perPage ?? 25,
    sortField: field && !isDefault ? field : null,
    sortOrder: field && !isDefault ? order : null,
  };
}
