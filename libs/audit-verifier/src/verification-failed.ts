import { VerificationFailure } from './record-check';

/** Thrown where an export fails verification: the run stops at the first failure and reports it. */
export class VerificationFailed extends Error {
  constructor(readonly failure: VerificationFailure) {
    super(failure.reason);
  }
}
