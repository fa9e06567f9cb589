import './ui/styles.css';
import { pageConfig } from './page-config';
import { loadOfflineWhenIdle } from './ui/offline/load-offline';
import { startPage } from './ui/start-app';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
// Only the app works offline: the widget (src/ui/embed) never registers a service worker.
startPage({ target, config: pageConfig, offline: loadOfflineWhenIdle() });
