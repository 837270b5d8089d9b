/** The verdict of the virus scan on one uploaded file. */
export type ScanResult = { infected: false } | { infected: true; signature: string };

/**
 * Scans the file at `path` with ClamAV's daemon when CLAMAV_URL is set (lib/documents/clamav.ts);
 * throws ClamavError when the daemon cannot give a verdict: the upload is then refused, never
 * accepted unscanned.
 */
export { ClamavError, scanFile } from './clamav';
