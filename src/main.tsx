import { startApp } from './app/boot/start-app';
import './index.css';

const container = document.getElementById('root');
if (container) startApp(container);
