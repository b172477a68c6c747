import { useTranslation } from 'react-i18next';
import { Chip } from '../design/chip';

/** Open until its minutes are published, closed after. */
export function SessionStateChip({ session }: { session: { minutesPublishedAt?: string | null } }) {
  const { t } = useTranslation();
  return session.minutesPublishedAt ? (
    <Chip tone="neutral">{t('committee.state.closed')}</Chip>
  ) : (
    <Chip tone="active">{t('committee.state.open')}</Chip>
  );
}
