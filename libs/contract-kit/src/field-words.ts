/** How the API describes an id the caller chooses: what the contracts' `identifier` accepts. */
export const ID_RULE = '(letters, digits, _ . : -; up to 100)';
