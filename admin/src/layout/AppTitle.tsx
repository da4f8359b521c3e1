import { useTranslate } from 'react-admin';

export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('er.app.title')}</>;
};
