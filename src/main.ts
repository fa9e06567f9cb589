import './ui/styles.css';
import { demoConfig } from './core/config';
import { startApp } from './ui/start-app';
import { readPageLink } from './ui/transfer/page-link';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
startApp({ target, config: demoConfig, ...readPageLink() });
