import type { TextareaHTMLAttributes } from 'react';

/** A labelled textarea whose errors are announced and tied to it with aria-describedby. */
export function TextArea({
  label,
  name,
  errors,
  className = '',
  id,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; name: string; errors?: string[] }) {
  const inputId = id ?? name;
  const errorId = `${inputId}-error`;
  const invalid = !!errors?.length;
  return (
    <div className={`flex flex-col gap-1 ${className}`}>
      <label htmlFor={inputId} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={inputId}
        name={name}
        rows={3}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-base aria-invalid:border-red-600"
        {...props}
      />
      {invalid && (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
