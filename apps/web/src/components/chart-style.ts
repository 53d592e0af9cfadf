// The look every Recharts plot shares: axes, grid and tooltip in the text colour around them,
// the target (or ratio) as a dashed amber line. Plain props, spread onto Recharts' own elements.

const axis = {
  tick: { fill: "currentColor", fontSize: 12 },
  stroke: "currentColor",
} as const;

const grid = { strokeDasharray: "3 3", stroke: "currentColor", strokeOpacity: 0.2 };

const tooltip = {
  contentStyle: {
    background: "var(--color-zinc-900)",
    color: "white",
    border: "none",
    borderRadius: 8,
  },
};

/** The line a value is measured against: dashed amber, bridging weeks with no value. */
const guideLine = {
  stroke: "#f59e0b",
  strokeWidth: 2,
  strokeDasharray: "6 4",
  dot: false,
  connectNulls: true,
} as const;

/** The value itself as a line. */
const valueLine = { stroke: "var(--color-brand-500)", strokeWidth: 3, dot: false };

/** Everything above, spread as `{...chartStyle.axis}`. */
export const chartStyle = { axis, grid, tooltip, guideLine, valueLine };
