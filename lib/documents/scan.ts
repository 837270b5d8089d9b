/** The verdict of the virus scan on one uploaded file. */
export type ScanResult = { infected: false } | { infected: true; signature: string };

/**
 * Scans the file at `path` when CLAMAV_URL is set (lib/documents/clamav.ts); until that store
 * is plugged in, every file passes. The one line below is the one to replace.
 */
export const scanFile = async (_path: string): Promise<ScanResult> => ({ infected: false });
