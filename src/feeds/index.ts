export * from './common.js';
export * from './documents.js';
export * from './event.js';
export * from './stats.js';
