// A worker for scripts/cluster.test.ts that cannot start (as without its database): it dies at once.
process.exit(3);
