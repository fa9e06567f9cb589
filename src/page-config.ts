/**
 * The configuration of the standalone page (index.html): the app starts with it, and the build
 * renders the welcome screen with it (tools/prerender), so both always agree. An MSP hosting the
 * app with their own brand and prices changes it here (validated by the unit test beside it).
 */
import { demoConfig } from './core/demo-config';
import type { Config } from './core/types';

export const pageConfig: Config = demoConfig;
