/** Calendar dates for plans: ISO strings in, plain UK English out, never the machine's clock. */
export * from './iso-date';
export * from './add-months';
export * from './add-days';
export * from './months-between';
export * from './age';
export * from './format';
