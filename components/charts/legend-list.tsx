/**
 * The series' names under a chart, each after its mark, centred — recharts' default legend, which
 * orders them by name (code point order, as its default itemSorter).
 */
export function LegendList({
  items,
}: {
  items: { key: string; label: string; color: string; icon: 'rect' | 'line' }[];
}) {
  return (
    <ul className="m-0 p-0 text-center">
      {[...items].sort(byName).map((item) => (
        <li key={item.key} className="mr-2.5 inline-block">
          <svg
            width={14}
            height={14}
            viewBox="0 0 32 32"
            className="mr-1 inline-block align-middle"
            aria-hidden="true"
          >
            {item.icon === 'rect' ? (
              <path fill={item.color} d="M0,4h32v24h-32z" />
            ) : (
              <path
                fill="none"
                stroke={item.color}
                strokeWidth={4}
                d="M0,16h10.666666666666666A5.333333333333333,5.333333333333333,0,1,1,21.333333333333332,16H32M21.333333333333332,16A5.333333333333333,5.333333333333333,0,1,1,10.666666666666666,16"
              />
            )}
          </svg>
          {/* dark text, the mark in the series' colour: recharts wrote the name in that colour, too light to read (yellow, lime) */}
          <span className="text-slate-700">{item.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** recharts' default order of legend and tooltip items: by name, code point by code point. */
function byName(a: { label: string }, b: { label: string }): number {
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}
