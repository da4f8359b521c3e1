import { defaultTheme, type RaThemeOptions } from 'react-admin';

const fontFamily = [
  '"Noto Sans SC"',
  '"PingFang SC"',
  '"Microsoft YaHei"',
  '"WenQuanYi Zen Hei"',
  'Roboto',
  'sans-serif',
].join(',');

export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: { primary: { main: '#1f4e8c' }, secondary: { main: '#a8322d' } },
  typography: { fontFamily },
  sidebar: { width: 200 },
};
