/**
 * The body of an I/O actor a machine names but does not implement: the app (start-flow.ts) and
 * the tests provide the real one with machine.provide() (see provideFlow).
 */
export const notProvided = (name: string) => () => {
  throw new Error(`The ${name} actor must be provided with machine.provide().`);
};
