/**
 * Words no generated secret holds: a secret with one was made up by a person or copied from somewhere, such as
 * the README, docker-compose.yml or the tests, which publish theirs (every one of them says "secret").
 */
const MADE_UP_WORDS = ['secret', 'password', 'changeme', 'example'];

/** 32 random hex digits show 8 different ones or fewer about once in a million: fewer is a pattern, not chance. */
const MIN_DISTINCT_CHARACTERS = 8;

export const HOW_TO_MAKE_A_SECRET = 'make a random one, e.g. openssl rand -base64 32';

/** Why production refuses `secret` to sign tokens with, or null when it may. */
export function productionSecretRefusal(secret: string): string | null {
  const word = MADE_UP_WORDS.find((candidate) => secret.toLowerCase().includes(candidate));
  if (word) {
    return `it holds the word "${word}": it was made up or copied (the README's, docker-compose.yml's and the tests' secrets are public); ${HOW_TO_MAKE_A_SECRET}`;
  }
  if (new Set(secret).size < MIN_DISTINCT_CHARACTERS) {
    return `it has fewer than ${MIN_DISTINCT_CHARACTERS} different characters, so it is guessable; ${HOW_TO_MAKE_A_SECRET}`;
  }
  return null;
}
