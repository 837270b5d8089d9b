'use client';

import { type FormEvent, startTransition, useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/action-state';

/**
 * Submits a form's action without React's automatic reset, so that a refused submission
 * keeps what the user typed (on a phone, retyping a note is the worst part); a successful one
 * clears the form. Without JavaScript the form still posts to the action.
 */
export function useKeptForm(state: ActionState, dispatch: (data: FormData) => void) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === 'success') ref.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { ref, onSubmit };
}
