export * from './civic-replays';
