export * from './common.js';
export * from './slutrapport.js';
export * from './arsredovisning.js';
export * from './finding-data.js';
export * from './finding.js';
export * from './run-finding.js';
export * from './result.js';
export * from './config.js';
