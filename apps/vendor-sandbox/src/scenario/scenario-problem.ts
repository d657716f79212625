/** One thing wrong with a scenario document: a JSON pointer into it and what is wrong there. */
export interface ScenarioProblem {
  path: string;
  message: string;
}
