import { Decider, DomainError, fold } from '@hyeopchi/domain-kernel';

/**
 * Given/when/then for a decider: `given` past events, `when` a command, `then` the events it decides or the
 * domain error code it refuses with. Pure: no Nest, no database.
 */
export function deciderSpecification<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return (...history: Event[]) => ({
    when: (command: Command) => {
      const decide = () => decider.decide(command, fold(decider, history));
      return {
        then: (...expected: Event[]) => expect(decide()).toEqual(expected),
        thenRefuses: (code: string) => {
          let refusal: unknown;
          try {
            decide();
          } catch (error) {
            refusal = error;
          }
          expect(refusal).toBeInstanceOf(DomainError);
          expect((refusal as DomainError).code).toBe(code);
        },
      };
    },
  });
}
