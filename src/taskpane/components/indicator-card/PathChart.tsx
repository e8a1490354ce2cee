import { Caption1 } from "@fluentui/react-components";
import type { PathChartProps } from "./IndicatorCard.types";
import { usePathChartStyles } from "./IndicatorCard.styles";

/** A diamond of half-width `r` at (x, y): the target's mark. */
function diamond(x: number, y: number, r: number): string {
  return `M${x} ${y - r} L${x + r} ${y} L${x} ${y + r} L${x - r} ${y} Z`;
}

/**
 * The selected indicator's actuals against the straight path to its target, drawn by the pane from the sheet's values
 * (no Excel chart). The SVG is one image with a summary as its name; a table the eye does not see gives its numbers.
 */
export function PathChart(props: PathChartProps) {
  const styles = usePathChartStyles();
  const { geometry: g } = props;
  const { frame: f } = g;
  const bottom = f.height - f.bottom;
  return (
    <figure className={styles.figure}>
      <Caption1 as="p" className={styles.title} aria-hidden>
        {props.title}
      </Caption1>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${f.width} ${f.height}`}
        role="img"
        aria-label={`${props.title}: ${props.summary}`}
        data-kind={g.kind}
      >
        <line className={styles.axis} x1={f.left} y1={f.top} x2={f.left} y2={bottom} />
        <line className={styles.axis} x1={f.left} y1={bottom} x2={f.width - f.right} y2={bottom} />
        {g.yTicks.map((tick) => (
          <text
            key={`y${tick.value}`}
            className={styles.tick}
            x={f.left - 4}
            y={tick.y}
            textAnchor="end"
            dominantBaseline="middle"
          >
            {props.valueLabel(tick.value)}
          </text>
        ))}
        {g.xTicks.map((tick, i) => (
          <text
            key={`x${tick.year}`}
            className={styles.tick}
            x={tick.x}
            y={bottom + 14}
            textAnchor={g.xTicks.length === 1 ? "middle" : i === 0 ? "start" : "end"}
          >
            {tick.year}
          </text>
        ))}
        {g.level && (
          <line
            className={styles.path}
            data-part="level"
            x1={f.left}
            y1={g.level.y}
            x2={f.width - f.right}
            y2={g.level.y}
          />
        )}
        {g.path && (
          <line
            className={styles.path}
            data-part="path"
            x1={g.path.from.x}
            y1={g.path.from.y}
            x2={g.path.to.x}
            y2={g.path.to.y}
          />
        )}
        {g.lines.map((d) => (
          <path key={d} className={styles.line} data-part="actuals" d={d} />
        ))}
        {g.points.map((p) => (
          <circle
            key={p.year}
            className={p.onTrack === false ? styles.behind : styles.onTrack}
            data-part="actual"
            data-on-track={String(p.onTrack)}
            data-year={p.year}
            data-value={p.value}
            cx={p.x}
            cy={p.y}
            r={3.5}
          />
        ))}
        {g.target && (
          <path
            className={styles.target}
            data-part="target"
            data-year={g.target.year}
            data-value={g.target.value}
            d={diamond(g.target.x, g.target.y, 5)}
          />
        )}
      </svg>
      <ul className={styles.legend} aria-hidden>
        {props.legend.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {/* A table ignores width and overflow: the wrapper is what is hidden. */}
      <div className={styles.hidden}>
        <table>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.headers.year}</th>
              <th scope="col">{props.headers.actual}</th>
              <th scope="col">{props.headers.mark}</th>
              <th scope="col">{props.headers.judged}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.point.year}>
                <th scope="row">{row.year}</th>
                <td>{row.actual}</td>
                <td>{row.mark}</td>
                <td>{row.judged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
