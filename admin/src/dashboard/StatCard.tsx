import { Card, CardActionArea, CardContent, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, useGetList, useTranslate } from 'react-admin';

interface Props {
  resource: 'users' | 'units' | 'auditEvents' | 'cases' | 'offloads' | 'records' | 'transfers';
  filter?: Record<string, unknown>;
  label: string;
  icon: ReactNode;
  color?: string;
}

/** A count from the API (the `total` of a one-row page) that opens the filtered list. */
export const StatCard = ({ resource, filter = {}, label, icon, color = 'primary.main' }: Props) => {
  const translate = useTranslate();
  const { total, isPending, error } = useGetList(resource, { pagination: { page: 1, perPage: 1 }, filter });
  const search = `filter=${encodeURIComponent(JSON.stringify(filter))}`;
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardActionArea component={Link} to={{ pathname: `/${resource}`, search }} sx={{ height: '100%' }}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Typography component="span" sx={{ color, display: 'flex', '& svg': { fontSize: 40 } }}>
            {icon}
          </Typography>
          <div>
            <Typography variant="body2" color="text.secondary">
              {translate(label)}
            </Typography>
            {isPending ? (
              <Skeleton width={48} height={40} />
            ) : error ? (
              <Typography color="error" variant="body2">
                {translate(error.message)}
              </Typography>
            ) : (
              <Typography variant="h4" component="p" data-testid={`stat-${label}`}>
                {total ?? 0}
              </Typography>
            )}
          </div>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
