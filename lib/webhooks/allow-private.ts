/** WEBHOOK_ALLOW_PRIVATE=1: webhooks may go to private and loopback addresses (tests, closed networks). */
export function privateAddressesAllowed(value = process.env.WEBHOOK_ALLOW_PRIVATE): boolean {
  return value === '1' || value === 'true';
}
