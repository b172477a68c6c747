import { useTranslation } from 'react-i18next';
import { Chip } from '../design/chip';
import { dateText } from '../forms/dates';
import { PublicPerson, publicName } from '../people/public-name';

/** An organization's verification as the API gives it (`Organization`). */
export interface Verification {
  verificationNote?: string | null;
  verifiedAt?: string | null;
  verifier?: PublicPerson | null;
  verificationRevokedReason?: string | null;
  verificationRevokedAt?: string | null;
}

/** The chip every list of organizations shows: whether the secretariat vouches for it. */
export function VerifiedChip({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return (
    <Chip tone={verified ? 'done' : 'neutral'}>
      {t(verified ? 'organizations.page.verified' : 'organizations.page.unverified')}
    </Chip>
  );
}

/** What the secretariat checked and who vouched, or why a verification was revoked. */
export function VerificationFacts({ organization }: { organization: Verification }) {
  const { t, i18n } = useTranslation();
  const { verifiedAt, verificationRevokedAt } = organization;
  if (verifiedAt) {
    return (
      <p>
        {t('organizations.verification.verifiedBy', {
          name: publicName(t, organization.verifier),
          date: dateText(i18n.language, verifiedAt),
        })}
        {organization.verificationNote && (
          <> {t('organizations.verification.checked', { note: organization.verificationNote })}</>
        )}
      </p>
    );
  }
  if (verificationRevokedAt) {
    return (
      <p>
        {t('organizations.verification.revoked', {
          date: dateText(i18n.language, verificationRevokedAt),
          reason: organization.verificationRevokedReason,
        })}
      </p>
    );
  }
  return null;
}
