import { describe, expect, it } from 'vitest';
import { outcomeOf, refusalOf, refusalText } from './refusal';

const strings: Record<string, string> = {
  'p.SUPPORT_WINDOW_CLOSED': 'Supports are closed.',
  'p.other': 'Refused ({{code}}): {{message}}',
};
const translator = {
  exists: (key: string) => key in strings,
  t: (key: string, values: Record<string, unknown> = {}) =>
    strings[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name])),
};

describe('a refusal in words', () => {
  it("uses the screen's sentence for a code it knows", () => {
    expect(refusalText(translator, 'p', { code: 'SUPPORT_WINDOW_CLOSED', message: 'closed at …' })).toBe(
      'Supports are closed.',
    );
  });

  it("quotes the API's message for a code it does not know", () => {
    expect(refusalText(translator, 'p', { code: 'INTERNAL', message: 'try again' })).toBe(
      'Refused (INTERNAL): try again',
    );
  });

  it('finds the refusal in an outcome, and treats a failed request as one', () => {
    expect(refusalOf({ __typename: 'CommandAccepted' })).toBeNull();
    expect(refusalOf({ __typename: 'CommandRefused', code: 'FORBIDDEN', message: 'no' })).toEqual({
      code: 'FORBIDDEN',
      message: 'no',
    });
    expect(refusalOf(undefined, { message: 'network down' })).toEqual({
      code: 'REQUEST_FAILED',
      message: 'network down',
    });
  });
});

describe("a command mutation's outcome", () => {
  it('is the one field of its data, whichever mutation it was', () => {
    expect(outcomeOf({ leaveOrganization: { __typename: 'CommandAccepted' } })).toEqual({
      __typename: 'CommandAccepted',
    });
    expect(outcomeOf(undefined)).toBeUndefined();
  });
});
