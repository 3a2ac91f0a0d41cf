// Import rules checked in `npm test` (through scripts/check-structure.ts). The swc parser reads TypeScript without
// the TypeScript compiler's JavaScript API (TypeScript 7 has none).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules may not import each other in a circle, type-only imports included (CONTRIBUTING.md).",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    parser: "swc",
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|dist)/" },
  },
};
