/**
 * `npm run check:cycles` (part of `npm test`): no import cycle between projects (libs and apps).
 *
 * A project is a folder under libs/ or apps/; a cycle is counted between folders, so lib A using
 * lib B while any file of B uses A fails even when no single chain of files loops. Test code
 * (spec files, libs/testing, libs/testbed, src/testing/ helpers) stands on top of every project
 * and is left out: a lib's specs may use the testing lib that itself uses the lib.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle-between-projects',
      comment:
        'A lib or app that depends on a project depending back on it: move what is shared to the lower one.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(apps|libs)/([^/]+)' },
      to: { circular: true, path: '^(?!$1/$2(/|$))' },
    },
    {
      name: 'no-lib-on-app',
      comment: 'Libs are what apps stand on; shipped lib code never imports an app.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$|^libs/(testing|testbed)/|/src/testing/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
