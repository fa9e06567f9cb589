import './ui/styles.css';
import { demoConfig } from './core/config';
import { startPage } from './ui/start-app';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');
startPage({ target, config: demoConfig });
