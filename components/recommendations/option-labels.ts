type Named = { code: string; nameVi: string; nameEn: string | null };
type Titled = { code: string; titleVi: string; titleEn: string | null };

/** An organization as a form option, in the viewer's language. */
export function orgLabel(locale: string) {
  return (o: Named) => ({ value: o.code, label: locale === 'en' ? (o.nameEn ?? o.nameVi) : o.nameVi });
}

/** A review or survey session as a form option, in the viewer's language. */
export function titleLabel(locale: string) {
  return (o: Titled) => ({ value: o.code, label: locale === 'en' ? (o.titleEn ?? o.titleVi) : o.titleVi });
}
