/**
 * configure.html: the configurator, a page of its own in the build. It needs no server and sends
 * nothing anywhere (its CSP allows no connection): the finished configuration leaves as a file
 * the marketer downloads.
 */
import '../styles.css';
import { mount } from 'svelte';
import Configurator from './Configurator.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('configure.html has no #app element.');
// By default the app is hosted where this page is: config.json goes beside it.
mount(Configurator, { target, props: { hosting: new URL('./', location.href).href } });
