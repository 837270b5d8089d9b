import type { MapScale, MapTile } from './province-map';

// Each row: the unit's name on a line, its bar under it — narrow enough for a phone's width.
const ROW = 44;
const BAR = 16;
const BAR_TOP = 20;
const BAR_WIDTH = 280;
const LABEL_WIDTH = 64;
const NO_DATA = '#e2e8f0';
const MAX_NAME = 50;

/** Highest first, units without a value last, then in Vietnamese order of their names. */
export function rankBars(bars: MapTile[]): MapTile[] {
  const collator = new Intl.Collator('vi');
  return [...bars].sort(
    (a, b) =>
      (b.value ?? -1) - (a.value ?? -1) || collator.compare(a.name, b.name) || a.code.localeCompare(b.code),
  );
}

/**
 * A ranked horizontal bar chart drawn as SVG on the server (so it prints without a script): one
 * <a><rect/></a> per unit, in the order given, its length the value over `max`, its colour the
 * scale's bin, its value written at its end; each bar opens the unit's page and is named
 * "rank. unit: value" for screen readers. Keyboard: every bar is a link.
 */
export function RankedBar({
  bars,
  scale,
  max,
  title,
  noData,
  legendTitle,
}: {
  bars: MapTile[];
  scale: MapScale;
  /** the value of a full-length bar: 1 for a rate, the largest count for a count */
  max: number;
  title: string;
  noData: string;
  legendTitle: string;
}) {
  const width = BAR_WIDTH + LABEL_WIDTH;
  const height = bars.length * ROW;
  return (
    <div className="flex flex-wrap items-start gap-6">
      <nav aria-label={title} className="w-full max-w-[26rem]">
        <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full" data-testid="ranked-bar">
          <title>{title}</title>
          {bars.map((bar, i) => {
            const bin = bar.value === null ? -1 : scale.binOf(bar.value);
            const length = bar.value === null || max <= 0 ? 0 : Math.max(2, (bar.value / max) * BAR_WIDTH);
            const y = i * ROW;
            const name = bar.name.length > MAX_NAME ? `${bar.name.slice(0, MAX_NAME - 1)}…` : bar.name;
            return (
              <a
                key={bar.code}
                href={`/organizations/${bar.code}`}
                // the visible text, as drawn (a long name is shortened): the full name is the <title>
                aria-label={`${i + 1}. ${name}: ${bar.label}`}
              >
                <title>{`${bar.name}: ${bar.label}`}</title>
                <text x={0} y={y + 14} fontSize={12} fill="#0f172a">
                  {`${i + 1}. ${name}`}
                </text>
                <rect
                  x={0}
                  y={y + BAR_TOP}
                  width={length}
                  height={BAR}
                  rx={3}
                  fill={bin < 0 ? NO_DATA : scale.colors[bin]}
                  stroke="#94a3b8"
                  strokeWidth={0.5}
                  data-code={bar.code}
                  data-value={bar.value ?? ''}
                />
                {/* not drawn (outside <text>): keeps the name and the value apart in the link's visible text */}{' '}
                <text
                  x={length + 6}
                  y={y + BAR_TOP + BAR / 2 + 4}
                  fontSize={12}
                  fontWeight={600}
                  fill="#0f172a"
                >
                  {bar.label}
                </text>
              </a>
            );
          })}
        </svg>
      </nav>
      <div className="text-sm">
        <p className="mb-1 font-medium">{legendTitle}</p>
        <ul className="flex flex-col gap-1">
          {scale.bins.map((bin, i) => (
            <li key={bin} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block h-4 w-6 rounded"
                style={{ background: scale.colors[i] }}
              />
              {bin}
            </li>
          ))}
          <li className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="inline-block h-4 w-6 rounded"
              style={{ background: NO_DATA }}
            />
            {noData}
          </li>
        </ul>
      </div>
    </div>
  );
}
