/**
 * Who sees the sales rep's tools when the configuration leaves it out. Its own module, free of
 * the configuration's checks, so the first screen can read it.
 */
import type { Config, RepToolsSetting } from './types';

/**
 * Where the app runs decides the rep's tools when the configuration leaves them out: a prospect
 * meets the widget alone, so it hides them; the standalone page offers the switch.
 */
export function repToolsFor(config: Config, surface: 'page' | 'widget'): RepToolsSetting {
  return config.repTools ?? (surface === 'widget' ? 'hidden' : 'switch');
}
