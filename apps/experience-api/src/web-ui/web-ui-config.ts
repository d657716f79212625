import { z } from 'zod';

/** Where the finance workbench's built files are. */
export const webUiConfigShape = {
  /**
   * the folder `npm run build` writes the workbench into (index.html and its assets), served at
   * /workbench/; relative paths are from the working directory
   */
  WORKBENCH_UI_DIR: z.string().min(1).default('dist/workbench'),
};
