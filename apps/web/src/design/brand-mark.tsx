/** The platform's mark: two circles that overlap, the city and its citizens working on one thing. Decorative. */
export function BrandMark() {
  return (
    <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--color-brand)" />
      <circle cx="12.5" cy="16" r="6.5" fill="none" stroke="var(--color-on-brand)" strokeWidth="2.5" />
      <circle cx="19.5" cy="16" r="6.5" fill="none" stroke="var(--color-on-brand-muted)" strokeWidth="2.5" />
    </svg>
  );
}
