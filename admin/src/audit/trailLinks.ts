/** The audit list under a filter, as a console path; the filter's inputs are shown, not hidden. */
export const trailPath = (filter: Record<string, string>) => {
  const shown = Object.fromEntries(Object.keys(filter).map((k) => [k, true]));
  const query = new URLSearchParams({ filter: JSON.stringify(filter), displayedFilters: JSON.stringify(shown) });
  return `/auditEvents?${query.toString()}`;
};
