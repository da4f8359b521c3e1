import { Card, CardContent, CardHeader, Grid } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { Labeled, useTranslate } from 'react-admin';

/** A titled card of a show page. */
export const Section = ({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardHeader
        title={translate(title)}
        action={action}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2', sx: { fontWeight: 600 } } }}
      />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  );
};

/** One labelled value in a show page's grid; the label comes from the field's source. */
export const Cell = ({ children, label, wide }: { children: ReactElement; label?: string; wide?: boolean }) => (
  <Grid size={{ xs: 12, sm: wide ? 12 : 6, md: wide ? 12 : 4 }}>
    <Labeled label={label}>{children}</Labeled>
  </Grid>
);

/** Datagrid styles: cells stay on one line, except the named columns of free text. */
export const oneLineCells = (...wrapping: string[]) => ({
  '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
  '& th, & td': { whiteSpace: 'nowrap' },
  ...Object.fromEntries(
    wrapping.map((source) => [
      // A nested source (request.summary) gives a class with a dot in it, which the selector escapes.
      `& td.column-${source.replace(/\./g, '\\.')}`,
      { whiteSpace: 'normal', minWidth: 160 },
    ]),
  ),
});
