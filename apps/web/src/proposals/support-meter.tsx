import { useTranslation } from 'react-i18next';

interface SupportFigures {
  title: string;
  supports: number;
  nextSupportThreshold: number | null;
}

/** Supports against the next tier: a labelled progress bar with the API's figures, and the same in words. */
export function SupportMeter({ proposal }: { proposal: SupportFigures }) {
  const { t } = useTranslation();
  const { supports, nextSupportThreshold: threshold } = proposal;
  if (threshold === null) return <p>{t('proposals.supports', { count: supports })}</p>;
  const label = t('proposals.supportProgress', { title: proposal.title });
  const value = Math.min(supports, threshold);
  return (
    <div>
      <progress
        aria-label={label}
        value={value}
        max={threshold}
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={threshold}
      />
      <p>{t('proposals.supportsTowardTier', { count: supports, threshold })}</p>
    </div>
  );
}
