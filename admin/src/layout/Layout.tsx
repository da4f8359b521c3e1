import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';

/**
 * react-admin's layout grows to its widest table (`min-width: fit-content`): on a 1366 px screen a
 * wide list pushed the page sideways and slid over the side menu. Here the page keeps the window's
 * width and a wide table scrolls inside its own frame.
 */
const fitWindow = {
  minWidth: 0,
  '& .RaLayout-content, & .RaList-main, & .RaList-content': { minWidth: 0 },
  '& .RaDatagrid-tableWrapper': { overflowX: 'auto' },
} as const;

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu} sx={fitWindow}>
    {children}
  </RaLayout>
);
