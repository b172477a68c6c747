import { useState } from 'react';
import { CommandOutcome, Refusal, refusalOf } from './refusal';

/** The refusal of the last command sent, to show; `accepted` keeps a mutation's and answers whether there was none. */
export function useRefusal() {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const accepted = (outcome: CommandOutcome | undefined, failure?: { message: string }) => {
    const refused = refusalOf(outcome, failure);
    setRefusal(refused);
    return !refused;
  };
  return { refusal, setRefusal, accepted };
}
