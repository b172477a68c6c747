import { describe, expect, it } from 'vitest';
import { withKeptParameters } from './navigation';

describe('links inside the app', () => {
  const shown = 'http://localhost/proposals/river?space=Mapo-gu&status=draft';

  it('keep the space the reader chose, and no other parameter of the page they leave', () => {
    expect(withKeptParameters('/plan', shown)).toBe('/plan?space=Mapo-gu');
    expect(withKeptParameters('http://localhost/secretariat#top', shown)).toBe(
      '/secretariat?space=Mapo-gu#top',
    );
  });

  it('leave a space the link names itself as it is', () => {
    expect(withKeptParameters('/?space=seoul', shown)).toBe('/?space=seoul');
  });

  it('add nothing in the city-wide view', () => {
    expect(withKeptParameters('/plan?text=park', 'http://localhost/')).toBe('/plan?text=park');
  });
});
