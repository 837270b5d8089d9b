import type { InputHTMLAttributes } from 'react';

/** A labelled input whose errors are announced and tied to it with aria-describedby. */
export function Field({
  label,
  name,
  errors,
  className = '',
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; errors?: string[] }) {
  // an id of its own when the same field appears more than once on a page (one form per row)
  const id = props.id ?? name;
  const errorId = `${id}-error`;
  const invalid = !!errors?.length;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        name={name}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600"
        {...props}
        id={id}
      />
      {invalid && (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
