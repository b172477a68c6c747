import { useTranslation } from 'react-i18next';
import type { ChainCheck, InclusionCheck, ReceivedProof, SignatureCheck } from '@hyeopchi/audit/portable';

/** One check: its name, passed or failed in words (the mark and colour only repeat it), and why. */
export function CheckLine({
  name,
  check,
  proof,
}: {
  name: 'chain' | 'inclusion' | 'signature';
  check: ChainCheck | InclusionCheck | SignatureCheck;
  proof: ReceivedProof;
}) {
  const { t } = useTranslation();
  const why = check.passed
    ? t(`audit.verify.explain.${name}`, { treeSize: proof.treeSize, leafIndex: proof.leafIndex })
    : t(`audit.verify.failures.${check.failure}`, failureDetails(check));
  return (
    <li className={`check ${check.passed ? 'check-passed' : 'check-failed'}`}>
      <h3>
        <span aria-hidden="true" className="check-mark">
          {check.passed ? '✓' : '✗'}
        </span>{' '}
        {t(`audit.verify.checks.${name}`)}: {t(check.passed ? 'audit.verify.passed' : 'audit.verify.failed')}
      </h3>
      <p>{why}</p>
    </li>
  );
}

const failureDetails = (check: ChainCheck | InclusionCheck | SignatureCheck) =>
  'streamVersion' in check ? { version: check.streamVersion, previous: check.streamVersion - 1 } : {};
