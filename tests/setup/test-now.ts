/** The fixed day of the tests: the demo data shows all four deadline classes on it. */
export const TEST_NOW = '2026-11-15T10:00:00+07:00';
