// The repository's own ESLint plugin: `hyeopchi/boundaries` keeps imports within the package boundaries.
module.exports = {
  meta: { name: 'hyeopchi' },
  rules: { boundaries: require('./rule') },
};
