/** What every screen needs besides the flow: the validated configuration and the messages. */
import { getContext, setContext } from 'svelte';
import type { Config } from '../core/types';
import type { Messages } from './messages/en';

export interface AppContext {
  config: Config;
  t: Messages;
}

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
