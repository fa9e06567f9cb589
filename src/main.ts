import './ui/styles.css';
import { pageStart } from './page-config';
import { loadOfflineWhenIdle } from './ui/offline/load-offline';
import { fetchConfigFile, servedConfigDecision } from './ui/served-config';
import { startPage } from './ui/start-app';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
// The config.json served beside this page, asked for at once; it wins over the one the page was
// built with, before the flow starts (see start-app.ts). The first paint never waits for it.
const served = fetchConfigFile(new URL('config.json', document.baseURI).href);
// Only the app works offline: the widget (src/ui/embed) never registers a service worker.
startPage({
  target,
  ...pageStart,
  configUpdate: servedConfigDecision(pageStart, served),
  offline: loadOfflineWhenIdle(),
});
