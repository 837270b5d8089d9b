// Stands in for `server-only` outside Next's server bundle.
export {};
