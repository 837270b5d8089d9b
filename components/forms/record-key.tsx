/**
 * What an edit form sends back to say which record it changes and which version it was read
 * at: the server re-checks both (scope, then `version` for the optimistic lock).
 */
export function RecordKey({ code, version }: { code?: string; version?: number }) {
  return (
    <>
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}
