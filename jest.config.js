/** Unit and integration tests (jsdom only where a test file asks for it). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.jest.json" }],
  },
  // jsdom tests need a ResizeObserver stub (Fluent's MessageBar); harmless under node. Every fast-check property
  // runs under one seed (FC_SEED overrides it); heavy files (exceljs, HyperFormula, LibreOffice …) get 60 s a test.
  setupFilesAfterEnv: [
    "<rootDir>/test/support/jsdom-setup.ts",
    "<rootDir>/test/support/fc-seed-setup.ts",
    "<rootDir>/test/support/test-timeouts-setup.ts",
    // Every section of the message catalogue, as the CLI has them (the pane loads each with its panel).
    "<rootDir>/test/support/i18n-setup.ts",
  ],
  reporters: ["default", ["<rootDir>/test/support/count-reporter.js", { name: "unit" }]],
  moduleNameMapper: {
    // office-addin-manifest is ESM-only deep down (jest cannot load it); office-addin-mock needs only its OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/test/support/office-addin-manifest-stub.js",
  },
};
