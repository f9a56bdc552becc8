// Theme "auto" follows the system: in a dark system it is theme "dark". The stylesheets
// write each dark rule once, for .br--dark (the palettes in styles/widget.css and
// styles/scorecard-summary.css); withAutoDark(css) adds, right after each such rule, the
// same rule for .br--auto inside @media (prefers-color-scheme: dark). Called from
// scripts/post-build.mjs on every build, before minifying.

/** A rule at the start of a line whose selector list begins with .br--dark. */
const DARK_RULE = /^(\.br--dark\b[^{}]*)\{([^{}]*)\}/gm;

export function withAutoDark(css, file = "the stylesheet") {
  return css.replace(DARK_RULE, (rule, selectors, body) => {
    const list = selectors.split(",").map((selector) => selector.trim());
    const other = list.find((selector) => !/^\.br--dark\b/.test(selector));
    if (other) throw new Error(`${file}: a .br--dark rule also names ${other}: write it as its own rule`);
    const auto = list.map((selector) => selector.replace(/^\.br--dark\b/, ".br--auto")).join(",\n");
    return `${rule}\n\n@media (prefers-color-scheme: dark) {\n${auto} {${body}}\n}`;
  });
}
