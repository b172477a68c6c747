import { AccessCheck } from '@hyeopchi/identity';

/** A seat on the committee as its roster says now: a token's claim counts only where the roster is not known. */
export const onTheCommittee: AccessCheck = ({ onCommittee }, _data, { committeeSeat }) =>
  (committeeSeat === undefined ? onCommittee : committeeSeat !== null)
    ? null
    : 'only committee members may do this';

/** A member declares their own conflict of interest; nobody recuses someone else. */
export const ownConflict: AccessCheck = (identity, data, subject) =>
  onTheCommittee(identity, data, subject) ??
  (data.memberId === identity.subject ? null : 'members declare their own conflicts of interest only');
