import { searchUnits } from '@/db/queries/unit-options';
import { findViewer, isHeldBack } from '@/lib/auth/viewer';
import { today } from '@/lib/clock';
import { UnitSearch } from '@/lib/validations/unit-options';

/** The unit picker's server-side search (components/forms/unit-picker.tsx). */
export async function GET(request: Request): Promise<Response> {
  const viewer = await findViewer();
  if (!viewer) return Response.json({ error: 'unauthorized' }, { status: 401 });
  if (isHeldBack(viewer)) return Response.json({ error: 'not_found' }, { status: 404 });
  const input = UnitSearch.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!input.success) {
    return Response.json(
      { error: 'invalid', fields: input.error.issues.map((i) => i.path.join('.')) },
      { status: 400 },
    );
  }
  const result = await searchUnits(viewer, input.data, today());
  // a form the viewer may not use (or a retiring unit out of their reach): as if it did not exist
  if (!result) return Response.json({ error: 'not_found' }, { status: 404 });
  return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
}
