/** A browser state with the sales rep's tools switched on for the app's origin. */
export const REP_TOOLS_KEY = 'fractional-fit:rep-tools';

export function repToolsOn(origin: string) {
  return {
    cookies: [],
    origins: [{ origin, localStorage: [{ name: REP_TOOLS_KEY, value: 'on' }] }],
  };
}

/** No stored state at all: a first-time visitor, as a prospect arrives. */
export const NO_STATE = { cookies: [], origins: [] };
