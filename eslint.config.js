/**
 * ESLint flat config. Beyond the recommended sets it enforces the layering of the house rules:
 *  - the Excel / Office / OfficeExtension globals only in src/adapters/office/** and the pane's entry;
 *  - exceljs only in src/adapters/xlsx/**, src/cli/** (and tests that read the files back);
 *  - hyperformula (GPL-3.0) only in test/**, never in the shipped code.
 * Type-aware rules are limited to the cheap, high-value ones (floating / misused promises).
 */
const js = require("@eslint/js");
const globals = require("globals");
const reactHooks = require("eslint-plugin-react-hooks");
const tseslint = require("typescript-eslint");

const OFFICE_GLOBALS = "Excel|Office|OfficeExtension";
/** Value uses of the Office globals; type positions (Excel.RequestContext in a signature) stay allowed. */
const officeGlobalUse = {
  selector: [
    `Identifier[name=/^(${OFFICE_GLOBALS})$/]`,
    ":not(TSQualifiedName > Identifier, TSTypeReference > Identifier, MemberExpression > Identifier.property,",
    " Property > Identifier.key, ImportSpecifier > Identifier, VariableDeclarator > Identifier.id)",
  ].join(""),
  message:
    "The Excel/Office globals belong in src/adapters/office/** and src/taskpane/index.tsx; elsewhere use the ExcelHost given through context.",
};
/**
 * A statement that does nothing (`a === b;`, `x.y;`). Replaces no-unused-expressions, which also flags the
 * comma-sequenced side effects this codebase uses (`if (c) (cell += ch), i++;`) and cannot tell them apart.
 */
const noOpStatement = {
  selector:
    "ExpressionStatement:not([directive]) > :matches(BinaryExpression, LogicalExpression[operator!='&&'][operator!='||'][operator!='??'], Identifier, Literal, MemberExpression, ArrayExpression, ObjectExpression, TemplateLiteral)",
  message: "This statement has no effect.",
};
const exceljsImport = {
  group: ["exceljs", "exceljs/*"],
  message: "exceljs belongs in src/adapters/xlsx/** and src/cli/** (house rules: one way through the layers).",
};
const hyperformulaImport = {
  group: ["hyperformula", "hyperformula/*"],
  message: "hyperformula is GPL-3.0: tests only, never in the shipped code.",
};

module.exports = tseslint.config(
  {
    ignores: ["node_modules/**", "dist/**", "out/**", "coverage/**", "test-output/**", "**/*.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: __dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Japanese text legitimately contains U+3000 (full-width space) in strings and comments.
      "no-irregular-whitespace": [
        "error",
        { skipStrings: true, skipComments: true, skipTemplates: true, skipRegExps: true },
      ],
      // getter/setter objects returned from a method (the Office.js fakes) need the outer `this`.
      "@typescript-eslint/no-this-alias": ["error", { allowedNames: ["self"] }],
      "@typescript-eslint/no-unused-expressions": "off",
      "no-restricted-syntax": ["error", officeGlobalUse, noOpStatement],
      "no-restricted-imports": ["error", { patterns: [exceljsImport, hyperformulaImport] }],
    },
  },
  {
    files: ["**/*.tsx"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs["recommended-latest"].rules,
  },
  {
    // the layers allowed to touch Excel through Office.js
    files: ["src/adapters/office/**/*.{ts,tsx}", "src/taskpane/index.tsx"],
    rules: {
      "no-restricted-syntax": ["error", noOpStatement],
      "no-restricted-imports": ["error", { patterns: [exceljsImport, hyperformulaImport] }],
    },
  },
  {
    // the layers allowed to write files through exceljs
    files: ["src/adapters/xlsx/**/*.ts", "src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [hyperformulaImport] }] },
  },
  {
    // tests may read workbooks back (exceljs) and check formulas (hyperformula); the fakes stand in for Office
    files: ["test/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": "off",
      "no-restricted-syntax": ["error", noOpStatement],
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
