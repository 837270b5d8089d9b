import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/viewer';

/** Officials and coordinators start with their work; leaders and admins with the dashboard. */
export default async function Home() {
  const viewer = await getViewer();
  redirect(viewer.role === 'official' || viewer.role === 'coordinator' ? '/my-work' : '/dashboard');
}
