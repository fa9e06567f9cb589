/** What every screen needs besides the flow: the validated configuration and the messages. */
import { getContext, setContext } from 'svelte';
import type { Config, ConfigSource, RepToolsSetting } from '../core/types';
import type { Messages } from './messages/en';

export interface AppContext {
  /**
   * The configuration. The welcome screen can see it change once, before the flow starts (the
   * page's served config.json): what is on screen then reads `useApp().config`, not a copy.
   */
  readonly config: Config;
  /** 'demo' without an MSP's configuration: the page, the PDF and a lead say so. */
  readonly source: ConfigSource;
  /** How the sales rep's tools are offered here (core repToolsFor: config, else by surface). */
  readonly repTools: RepToolsSetting;
  t: Messages;
}

/** Where the app runs: its own page, or a widget on another site. */
export type Surface = 'page' | 'widget';

const KEY = Symbol('app');

/** Hands configuration and messages down the tree. */
export function provideApp(ctx: AppContext): void {
  setContext(KEY, ctx);
}

/** Configuration and messages provided by <App>. */
export function useApp(): AppContext {
  const ctx = getContext<AppContext | undefined>(KEY);
  if (!ctx) throw new Error('useApp() called outside <App>.');
  return ctx;
}
