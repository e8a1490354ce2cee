/**
 * ESLint flat config. Beyond the recommended sets it enforces the layering of the house rules:
 *  - imports point down the layers of src (docs/ARCHITECTURE.md): lib ← i18n ← domain ← workbook ← plan ← refresh ←
 *    adapters ← app ← taskpane | cli; manifest (the add-in manifest check) sits beside domain; nothing in src imports
 *    test/ (LAYERS below, one no-restricted-imports block per folder);
 *  - the Excel / Office / OfficeExtension globals only in src/adapters/office/** and the pane's entries
 *    (src/taskpane/index.tsx, and the fake-host entry test/e2e/fake-host/index.tsx, under the test block);
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
/**
 * A component declared inside a function (`function Lines()` / `const Row = () =>` in a component's body) is a new
 * type on every render, so React remounts its subtree (state and focus lost). react-hooks/static-components only
 * sees arrow components used directly in the JSX, not function declarations or ones used inside .map callbacks.
 */
const nestedComponent = {
  selector:
    ":function :matches(FunctionDeclaration[id.name=/^[A-Z]/], VariableDeclarator[id.name=/^[A-Z]/] > :matches(ArrowFunctionExpression, FunctionExpression))",
  message: "Declare components at module level (pass what they need as props), not inside another function.",
};
const exceljsImport = {
  group: ["exceljs", "exceljs/*"],
  message: "exceljs belongs in src/adapters/xlsx/** and src/cli/** (house rules: one way through the layers).",
};
const hyperformulaImport = {
  group: ["hyperformula", "hyperformula/*"],
  message: "hyperformula is GPL-3.0: tests only, never in the shipped code.",
};

/**
 * Each folder of src and the folders it may import besides itself. An import is matched by the folder it climbs into
 * ("../../workbook/names" from src/domain/…), so a file reaches another layer only through that layer's name.
 */
const LAYERS = {
  lib: [],
  i18n: ["lib"],
  domain: ["lib", "i18n"],
  manifest: ["lib", "i18n"],
  workbook: ["lib", "i18n", "domain"],
  plan: ["lib", "i18n", "domain", "workbook"],
  refresh: ["lib", "i18n", "domain", "workbook", "plan"],
  adapters: ["lib", "i18n", "domain", "manifest", "workbook", "plan", "refresh"],
  app: ["lib", "i18n", "domain", "manifest", "workbook", "plan", "refresh", "adapters"],
  taskpane: ["lib", "i18n", "domain", "manifest", "workbook", "plan", "refresh", "adapters", "app"],
  cli: ["lib", "i18n", "domain", "manifest", "workbook", "plan", "refresh", "adapters", "app"],
};
/** The import patterns a file of `folder` may not use; `exceljs`: whether it may use exceljs. */
function restrictedImports(folder, { exceljs = false } = {}) {
  const allowed = LAYERS[folder];
  const forbidden = [...Object.keys(LAYERS).filter((f) => f !== folder && !allowed.includes(f)), "test"];
  const layer = {
    regex: `^(\\.\\./)+(${forbidden.join("|")})(/|$)`,
    message: `src/${folder} may import only ${[...allowed, folder].join(", ")}: imports point down the layers (docs/ARCHITECTURE.md), and nothing in src imports test/.`,
  };
  return ["error", { patterns: [layer, ...(exceljs ? [] : [exceljsImport]), hyperformulaImport] }];
}

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
    rules: {
      ...reactHooks.configs["recommended-latest"].rules,
      "no-restricted-syntax": ["error", officeGlobalUse, noOpStatement, nestedComponent],
    },
  },
  // imports point down the layers; exceljs only in the xlsx adapter and the CLI (the blocks after the adapters' win)
  ...Object.keys(LAYERS).map((folder) => ({
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: { "no-restricted-imports": restrictedImports(folder, { exceljs: folder === "cli" }) },
  })),
  {
    files: ["src/adapters/xlsx/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": restrictedImports("adapters", { exceljs: true }) },
  },
  {
    // the layers allowed to touch Excel through Office.js
    files: ["src/adapters/office/**/*.{ts,tsx}", "src/taskpane/index.tsx"],
    rules: { "no-restricted-syntax": ["error", noOpStatement] },
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
