/** The TypeORM DataSource of the read models. */
export const READ_MODELS = Symbol('ReadModels');
