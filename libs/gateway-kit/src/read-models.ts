import { DataSource, EntityManager } from 'typeorm';

/**
 * The read models the gateway serves now. A rebuild switches them to another schema while the gateway runs:
 * everyone reads through this holder, so the switch is one assignment.
 */
export class ReadModels {
  constructor(
    public dataSource: DataSource,
    public schema: string,
  ) {}

  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
