/**
 * `npm run relay`: starts the relay from the environment and serves it until SIGTERM or SIGINT.
 * A bad environment stops it at once, with every problem named (never a value).
 */
import { describeConfig, startRelay } from './start';

const started = await startRelay(process.env);
if (!started.ok) {
  console.error(`The relay did not start:\n${started.problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const { running, config } = started;
console.log(
  `Lead relay on ${running.url}\n${describeConfig(config)
    .map((l) => `  ${l}`)
    .join('\n')}`,
);
const stop = () => void running.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
