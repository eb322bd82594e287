export * from './common.js';
export * from './slutrapport.js';
export * from './arsredovisning.js';
export * from './result.js';
export * from './config.js';
