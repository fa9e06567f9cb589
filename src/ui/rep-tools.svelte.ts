/**
 * Whether the sales rep's tools are shown: the library, hand-off files, the share link, presenter
 * mode, shortcuts, the leads CSV, scenario B and notes. The configuration decides how they are
 * offered (core repToolsFor: hidden, a switch, always); with the switch, a rep's choice is kept
 * in this browser under a name of our own (without storage it lasts for the visit). It changes
 * what is shown, never what is computed.
 */
import type { RepToolsSetting } from '../core/types';

const KEY = 'fractional-fit:rep-tools';

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export const repToolsPref: { on: boolean } = $state({ on: stored() });

/** Turns the rep's tools on or off behind the switch, and remembers it on this device. */
export function setRepTools(on: boolean): void {
  repToolsPref.on = on;
  try {
    if (on) globalThis.localStorage?.setItem(KEY, 'on');
    else globalThis.localStorage?.removeItem(KEY);
  } catch {
    // Storage refused (private mode, a host's policy): the choice lasts for this visit.
  }
}

/** Whether the rep's tools show under this setting (reactive: reads the kept choice). */
export function showsRepTools(setting: RepToolsSetting): boolean {
  return setting === 'always' || (setting === 'switch' && repToolsPref.on);
}
