// The database schema. Migrations under ../migrations are generated from these
// files with `npm run db:generate` and checked in; hand-written SQL (triggers,
// dictionary defaults) lives in custom migrations.
export * from './assessment';
export * from './bulletins';
export * from './exchange';
export * from './indicators';
export * from './litigation';
export * from './notifications';
export * from './periodic-reports';
export * from './platform';
export * from './suggestions';
