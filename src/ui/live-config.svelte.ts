/**
 * The configuration the app shows, and where it came from, as state: the page paints its first
 * screen with the one it was built with, and takes the config.json served beside it as soon as
 * that has been read (before the flow starts, so before any price is shown).
 */
import type { Config, ConfigSource, ConfigStart } from '../core/types';

export class LiveConfig {
  config: Config = $state.raw() as Config;
  source: ConfigSource = $state('demo');

  constructor(start: ConfigStart) {
    this.config = start.config;
    this.source = start.source;
  }

  /** Switches to another configuration (brand, wording and the demo label follow at once). */
  set(start: ConfigStart): void {
    this.config = start.config;
    this.source = start.source;
  }
}
