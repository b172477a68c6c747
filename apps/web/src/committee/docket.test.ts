import { describe, expect, it } from 'vitest';
import { awaitsAgenda } from './docket';

const on = (outcome: string | null) => ({ decision: outcome === null ? null : { outcome } });

describe('a docket entry waiting for an agenda', () => {
  it('waits until it is on an agenda, and again after each deferral', () => {
    expect(awaitsAgenda({ agendaItems: [] })).toBe(true);
    expect(awaitsAgenda({ agendaItems: [on('defer')] })).toBe(true);
    expect(awaitsAgenda({ agendaItems: [on('defer'), on('defer')] })).toBe(true);
  });

  it('does not wait while on an agenda undecided, nor once decided otherwise', () => {
    expect(awaitsAgenda({ agendaItems: [on(null)] })).toBe(false);
    expect(awaitsAgenda({ agendaItems: [on('defer'), on(null)] })).toBe(false);
    expect(awaitsAgenda({ agendaItems: [on('adopt')] })).toBe(false);
    expect(awaitsAgenda({ agendaItems: [on('reject')] })).toBe(false);
  });
});
