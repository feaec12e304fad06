export * from './audit';
export * from './auth';
export * from './campaigns';
export * from './creator-stats';
export * from './creators';
export * from './jobs';
export * from './posts';
export * from './workspaces';
