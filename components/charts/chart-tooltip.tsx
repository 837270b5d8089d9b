export type TooltipItem = { name: string; value: number | string; color: string };

/**
 * The box shown while the pointer is over a chart, as recharts' default tooltip looks: the
 * category, then one line per series in its colour, by name. Placed beside the pointer, on the side
 * with room.
 */
export function ChartTooltip({
  x,
  y,
  right,
  label,
  items,
}: {
  x: number;
  y: number;
  /** on the pointer's right (else its left) */
  right: boolean;
  label: string;
  items: TooltipItem[];
}) {
  return (
    <div
      className="pointer-events-none absolute top-0 left-0 z-10 whitespace-nowrap border bg-white p-2.5"
      data-testid="chart-tooltip"
      style={{
        borderColor: '#ccc',
        transform: `translate(${right ? x + 10 : x - 10}px, ${y + 10}px)${right ? '' : ' translateX(-100%)'}`,
      }}
    >
      <p className="m-0">{label}</p>
      <ul className="m-0 p-0">
        {[...items]
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
          .map((item) => (
            <li key={item.name} className="block py-1" style={{ color: item.color }}>
              {item.name} : {item.value}
            </li>
          ))}
      </ul>
    </div>
  );
}
