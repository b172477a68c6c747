export * from './civic.entities';
export * from './civic.projections';
export * from './timeline.entities';
export * from './civic.read-model';
export * from './proposal-search';
export * from './people.entities';
export * from './people.projections';
export * from './people-directory';
