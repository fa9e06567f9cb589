import './ui/styles.css';
import { demoConfig } from './core/config';
import { startApp } from './ui/start-app';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
// A link with answers to fill in or a share link loads its reader first; a plain visit does not.
if (location.search.length > 1 || location.hash.startsWith('#share=')) {
  void import('./ui/transfer/page-link').then(
    (m) => startApp({ target, config: demoConfig, ...m.readPageLink() }),
    () => {
      const problems = [{ field: 'The link', message: 'could not be read: reload the page' }];
      startApp({ target, config: demoConfig, prefill: { answers: {}, problems } });
    },
  );
} else {
  startApp({ target, config: demoConfig });
}
