export * from './committee-replays';
