/** What every measurement module receives from the runner. */
export interface BenchContext {
  root: string;
  /** The app built for the bench (with the demo API under api/). */
  distDir: string;
  /** Fewer repetitions, for trying the harness out. */
  quick: boolean;
  log(message: string): void;
}
