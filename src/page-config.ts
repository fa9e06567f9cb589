/**
 * The configuration the standalone page (index.html) starts with: the project's
 * public/config.json when the build had one (validated by tools/page-config, which stops the
 * build on a bad file), else the labelled demo. The build renders the welcome screen with it
 * (tools/prerender), so both agree; at run time the page then reads the config.json served
 * beside it, which wins (src/ui/served-config.ts), so an MSP changes prices by replacing that
 * one file.
 */
import built from 'virtual:ff-built-config';
import { demoConfig } from './core/demo-config';
import type { ConfigStart } from './core/types';

export const pageStart: ConfigStart = built ?? { config: demoConfig, source: 'demo' };
